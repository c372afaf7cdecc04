import { UNDO_MS } from '../queue/undo-window';
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

/** Destroys the clips whose Undo has expired; returns how many. */
export function purgeExpiredDeletions(db: RoundupDatabase, now: number = Date.now()): Promise<number> {
  return db.clips
    .where('deletedAt')
    .belowOrEqual(now - UNDO_MS)
    .delete();
}
