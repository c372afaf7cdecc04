import type { PendingEdit } from '../model/pending-edit';
import { updateClip } from './clip-edits';
import type { RoundupDatabase } from './database';
import { updateIssue } from './issue-edits';
import { pendingEdits } from './pending-edits';
import { StorageRefusal } from './write-guard';

/**
 * Applies pending edits (`extra`: ones that had to go to storage.local) to
 * their clip or issue through the same merge as a save, oldest first; each
 * applied record is deleted with it. An edit whose target is gone or can no
 * longer change (missing, published) is dropped; one for a deleted clip is kept
 * until its Undo has passed. Returns the records settled (applied or dropped),
 * so the caller can forget its storage.local copies. One record that fails
 * for another reason does not hold back the others; the first such failure
 * is thrown once all have been tried.
 */
export async function applyPendingEdits(db: RoundupDatabase, extra: readonly PendingEdit[] = [], now: number = Date.now()): Promise<PendingEdit[]> {
  const all = [...(await pendingEdits(db)), ...extra].sort((a, b) => a.updatedAt - b.updatedAt);
  const settled: PendingEdit[] = [];
  let failure: { error: unknown } | null = null;
  for (const pending of all) {
    try {
      if (pending.target === 'clip') await updateClip(db, pending.id, pending.edit, Math.max(now, pending.updatedAt), pending.base);
      else await updateIssue(db, pending.id, pending.edit, Math.max(now, pending.updatedAt), pending.base);
      settled.push(pending);
    } catch (error) {
      if (!(error instanceof StorageRefusal)) {
        failure ??= { error };
        continue;
      }
      if (error.reason === 'deleted-clip') continue; // restoring the clip brings the edit back
      await db.pendingEdits.delete(pending.key);
      settled.push(pending);
    }
  }
  if (failure) throw failure.error;
  return settled;
}
