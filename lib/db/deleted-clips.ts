import type { Clip } from '../model/clip';
import { undoExpired } from '../queue/undo-window';
import type { RoundupDatabase } from './database';

/** Deleted clips of an issue whose Undo is still open, newest first (shown again after reopening). */
export async function pendingDeletions(db: RoundupDatabase, issueId: number, now: number = Date.now()): Promise<Clip[]> {
  const deleted = await db.clips
    .where('issueId')
    .equals(issueId)
    .filter((c) => !!c.deletedAt && !undoExpired(c.deletedAt, now))
    .toArray();
  return deleted.sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
}
