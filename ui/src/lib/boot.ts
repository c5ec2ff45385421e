// The start state (language, text size, problems met at start) is asked for before the rest of
// the script is evaluated: main.ts imports this module first, so the shell answers meanwhile,
// and the first screen is rendered once, in the right language, instead of in English and then
// again.
import type { StartupState } from './bindings';
import { api } from './ipc';
import { reportError } from './state/errors.svelte';

export const starting: Promise<StartupState | null> = api.startup().catch((raw) => {
  reportError(raw);
  return null;
});
