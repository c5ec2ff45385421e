// Files the user picks to import (answers files from participants or another laptop). Read
// here, judged in Rust: the UI only refuses what is too large to be worth reading at all.
import { ANSWERS_MAX_BYTES, type AppError, type ImportedFile } from './bindings';
import { t } from './i18n.svelte';

export type Picked = { ok: ImportedFile } | { error: AppError };

export async function readPicked(files: FileList | null): Promise<Picked[]> {
  return Promise.all(
    [...(files ?? [])].map(async (file): Promise<Picked> => {
      if (file.size > ANSWERS_MAX_BYTES) {
        const detail = `${file.name}: ${t('answers-too-large', { limit: String(ANSWERS_MAX_BYTES) })}`;
        return { error: { code: 'import-invalid', message: detail } };
      }
      try {
        return { ok: { file_name: file.name, text: await file.text() } };
      } catch (raw) {
        return { error: { code: 'import-invalid', message: `${file.name}: ${String(raw)}` } };
      }
    }),
  );
}
