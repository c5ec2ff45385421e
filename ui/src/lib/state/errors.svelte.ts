// The errors on screen, one list for the whole app: any component reports what went wrong
// here, and the banner shows it. Nothing has to pass an error handler down through props.
import type { AppError } from '../bindings';
import { toAppError } from '../ipc';

export const errors = $state<AppError[]>([]);

const same = (a: AppError, b: AppError) => a.code === b.code && a.message === b.message;

/** Shows an error; the same error twice (every answer refused on a read-only disk) shows once. */
export function reportError(raw: unknown): void {
  const error = toAppError(raw);
  if (!errors.some((shown) => same(shown, error))) errors.push(error);
}

export function dismissError(index: number): void {
  errors.splice(index, 1);
}
