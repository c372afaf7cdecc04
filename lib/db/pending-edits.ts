import type { PendingEdit } from '../model/pending-edit';
import type { RoundupDatabase } from './database';
import { putCommittedNow } from './put-committed-now';

/**
 * Writes an editor's unsaved values as its page unloads: one `put`, nothing read
 * first, committed in this tick (`putCommittedNow`; nothing watches these rows).
 * Returns the put's promise (rejected if IndexedDB refuses).
 */
export function savePendingEdit(db: RoundupDatabase, pending: PendingEdit): Promise<unknown> {
  return putCommittedNow(db, db.pendingEdits, pending);
}

/** Pending edits not yet applied, oldest first. */
export function pendingEdits(db: RoundupDatabase): Promise<PendingEdit[]> {
  return db.pendingEdits.orderBy('updatedAt').toArray();
}

/** A save made at `now` supersedes the editor's pending record, unless that record is newer; inside the save's transaction. */
export async function settlePendingEdit(db: RoundupDatabase, key: PendingEdit['key'], now: number): Promise<void> {
  const pending = await db.pendingEdits.get(key);
  if (pending && pending.updatedAt <= now) await db.pendingEdits.delete(key);
}
