// The critical-infrastructure sectors to choose from (profile, search lens), titled in the
// interface language. Loaded from the API, which knows the slugs: the UI never builds or takes
// apart item IDs to find them.
import type { Lang, SectorChoice } from '../bindings';
import { api } from '../ipc';
import { reportError } from './errors.svelte';

class Sectors {
  list = $state<SectorChoice[]>([]);
  #loaded: Lang | null = null;

  /** Loads the list in `lang`, once per language. */
  async load(lang: Lang): Promise<void> {
    if (this.#loaded === lang) return;
    try {
      this.list = await api.sectors(lang);
      this.#loaded = lang;
    } catch (raw) {
      reportError(raw);
    }
  }
}

export const sectors = new Sectors();
