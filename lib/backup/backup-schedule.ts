import type { BackupBookkeeping } from '../model/backup';

export const WEEK = 7 * 24 * 60 * 60 * 1000;

/**
 * Whether the weekly backup is due when an extension page opens: a week after
 * the last backup, or, before the first one, a week after the archive was
 * first opened (a new editor's empty archive is not worth a file on day one).
 */
export function weeklyBackupDue(bookkeeping: Pick<BackupBookkeeping, 'lastBackupAt' | 'firstOpenedAt'>, now: number): boolean {
  const since = bookkeeping.lastBackupAt ?? bookkeeping.firstOpenedAt;
  return since !== undefined && now - since >= WEEK;
}
