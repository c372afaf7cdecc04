import { StorageRefusal } from '../db';

/** A storage failure in words the editor can act on; the raw message stays for bug reports. */
export function storageErrorMessage(error: unknown): string {
  // A refusal is already in the editor's words ("Issue #12 is published; …").
  if (error instanceof StorageRefusal) return error.message;
  const name = error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(detail)) {
    return 'The browser’s storage for this extension is full, so nothing was saved.';
  }
  if (name === 'DatabaseClosedError' || /closed/i.test(detail)) {
    return `The clip database is closed, so nothing was saved (${detail}).`;
  }
  return `Saving failed: ${detail}`;
}
