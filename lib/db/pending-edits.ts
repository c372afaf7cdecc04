import type { PendingEdit } from '../model/pending-edit';
import { updateClip } from './clip-edits';
import type { RoundupDatabase } from './database';
import { updateIssue } from './issue-edits';
import { StorageRefusal } from './write-guard';

/**
 * Writes an editor's unsaved values as its page unloads: one `put`, nothing
 * read first, so the transaction is created in this tick and can commit
 * while the page goes away. Returns the put's promise (rejected if IndexedDB refuses).
 */
export function savePendingEdit(db: RoundupDatabase, pending: PendingEdit): Promise<unknown> {
  return db.pendingEdits.put(pending);
}

/** Pending edits not yet applied, oldest first. */
export function pendingEdits(db: RoundupDatabase): Promise<PendingEdit[]> {
  return db.pendingEdits.orderBy('updatedAt').toArray();
}

/**
 * Applies pending edits (`extra`: ones that had to go to storage.local) to
 * their clip or issue through the same merge as a save, oldest first; each
 * applied record is deleted with it. An edit whose target is gone or can no
 * longer change (deleted past Undo, published) is dropped. Returns how many were applied.
 */
export async function applyPendingEdits(db: RoundupDatabase, extra: readonly PendingEdit[] = [], now: number = Date.now()): Promise<number> {
  const all = [...(await pendingEdits(db)), ...extra].sort((a, b) => a.updatedAt - b.updatedAt);
  let applied = 0;
  for (const pending of all) {
    try {
      if (pending.target === 'clip') await updateClip(db, pending.id, pending.edit, Math.max(now, pending.updatedAt), pending.base);
      else await updateIssue(db, pending.id, pending.edit, Math.max(now, pending.updatedAt), pending.base);
      applied++;
    } catch (error) {
      if (!(error instanceof StorageRefusal)) throw error;
      if (error.reason === 'deleted-clip') continue; // kept until its Undo has passed: restoring the clip brings the edit back
      await db.pendingEdits.delete(pending.key);
    }
  }
  return applied;
}
