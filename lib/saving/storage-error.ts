import { StorageRefusal } from '../db';

/** Every editor keeps its text on screen when a save fails (the Queue editor and issue page also in a pending edit). */
const KEPT = ' What you typed stays on this page.';

/**
 * A storage failure in words the editor can act on; the raw message stays for bug reports.
 * `typed: false` where the failed write was not of something typed on the page (a menu click).
 */
export function storageErrorMessage(error: unknown, { typed = true }: { typed?: boolean } = {}): string {
  const kept = typed ? KEPT : '';
  // A refusal is already in the editor's words ("Issue #12 is published; …").
  if (error instanceof StorageRefusal) return error.message;
  const name = error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(detail)) {
    return `The browser’s storage for this extension is full, so this change is not in the archive yet.${kept}`;
  }
  if (name === 'VersionError') {
    return `The clip database was upgraded by a newer version of the extension: reload this page.${kept}`;
  }
  if (name === 'BlockedError' || /blocked/i.test(detail)) {
    return `The clip database cannot be upgraded while another Roundup Clipper page holds it open: close the other pages and reload this one.${kept}`;
  }
  if (name === 'DatabaseClosedError' || /closed/i.test(detail)) {
    return `The clip database is closed, so this change is not in the archive yet (${detail}).${kept}`;
  }
  return `Saving failed: ${detail}`;
}
