// The group's picture: the answers files the user picked (group companies or business units),
// the matrix the Rust side makes of them, and where it was last saved. The files are kept here,
// not in the store: the picture is made again from them for another language or a save.
import type { ImportedFile, Lang, Rollup, RollupCell, RollupFormat } from '../bindings';
import { ROLLUP_MARKS } from '../bindings';
import type { Picked } from '../files';
import { api } from '../ipc';
import { reportError } from './errors.svelte';

/** A cell's marks as text (`▼!`), so a weak cell is told by more than its colour. */
export function cellMarks(cell: RollupCell): string {
  return (cell.lowest ? ROLLUP_MARKS.lowest : '') + (cell.far_below ? ROLLUP_MARKS.far_below : '');
}

export class GroupPicture {
  files = $state<ImportedFile[]>([]);
  matrix = $state<Rollup | null>(null);
  saved = $state('');

  /**
   * Adds the picked files (a file picked again replaces its earlier copy). If any file is bad,
   * it is reported and nothing changes: the picture only ever shows files that all passed.
   */
  async add(picked: Picked[], lang: Lang): Promise<void> {
    const bad = picked.find((entry) => 'error' in entry);
    if (bad && 'error' in bad) {
      reportError(bad.error);
      return;
    }
    const added = picked.flatMap((entry) => ('ok' in entry ? [entry.ok] : []));
    const names = new Set(added.map((file) => file.file_name));
    await this.#show([...this.files.filter((file) => !names.has(file.file_name)), ...added], lang);
  }

  async remove(fileName: string, lang: Lang): Promise<void> {
    await this.#show(
      this.files.filter((file) => file.file_name !== fileName),
      lang,
    );
  }

  /** The same files, worded again (the language changed). */
  async refresh(lang: Lang): Promise<void> {
    if (this.files.length > 0) await this.#show(this.files, lang);
  }

  async save(format: RollupFormat, lang: Lang): Promise<void> {
    try {
      this.saved = await api.saveRollup(this.files, lang, format);
    } catch (raw) {
      reportError(raw);
    }
  }

  async #show(files: ImportedFile[], lang: Lang): Promise<void> {
    try {
      const matrix = files.length > 0 ? await api.rollup(files, lang) : null;
      this.files = files;
      this.matrix = matrix;
      this.saved = '';
    } catch (raw) {
      reportError(raw);
    }
  }
}
