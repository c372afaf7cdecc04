import type { Clip } from '../model/clip';
import { undoExpired } from '../queue/undo-window';
import { issueClipRows } from './clips';
import type { RoundupDatabase } from './database';

/** Deleted clips of an issue whose Undo is still open, newest first (shown again after reopening). */
export async function pendingDeletions(db: RoundupDatabase, issueId: number, now: number = Date.now()): Promise<Clip[]> {
  return pendingAmong(await issueClipRows(db, issueId), now);
}

/** Of an issue's rows, the deleted ones whose Undo is still open, newest first. */
export function pendingAmong(rows: readonly Clip[], now: number): Clip[] {
  return rows.filter((c) => !!c.deletedAt && !undoExpired(c.deletedAt, now)).sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
}
