import type { Clip } from '../model/clip';
import { UNDO_MS, undoExpired } from '../queue/undo-window';
import { bringBack } from './clip-groups';
import type { RoundupDatabase } from './database';
import { writableClip } from './write-guard';

/** Hides a clip at once; it stays restorable until its Undo window has passed. */
export function deleteClip(db: RoundupDatabase, clipId: number, now: number = Date.now()): Promise<void> {
  return db.transaction('rw', db.clips, db.issues, async () => {
    await writableClip(db, clipId);
    await db.clips.update(clipId, { deletedAt: now });
  });
}

/**
 * Undo delete: with `undoMerge`, the only verbs that act on a deleted clip (a live
 * one is left as it is). A clip deleted by a merge comes back as by Undo merge,
 * so its links are never in two items at once.
 */
export function restoreClip(db: RoundupDatabase, clipId: number, now: number = Date.now()): Promise<void> {
  return db.transaction('rw', db.clips, db.issues, () => bringBack(db, clipId, now));
}

/** Deleted clips of an issue whose Undo is still open, newest first (shown again after reopening). */
export async function pendingDeletions(db: RoundupDatabase, issueId: number, now: number = Date.now()): Promise<Clip[]> {
  const deleted = await db.clips
    .where('issueId')
    .equals(issueId)
    .filter((c) => !!c.deletedAt && !undoExpired(c.deletedAt, now))
    .toArray();
  return deleted.sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
}

/** Destroys the clips whose Undo has expired; returns how many. */
export function purgeExpiredDeletions(db: RoundupDatabase, now: number = Date.now()): Promise<number> {
  return db.clips
    .where('deletedAt')
    .belowOrEqual(now - UNDO_MS)
    .delete();
}
