import type { PendingEdit } from '../model/pending-edit';
import type { RoundupDatabase } from './database';

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
