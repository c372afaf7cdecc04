import type { Table } from 'dexie';
import type { RoundupDatabase } from './database';

/**
 * Puts one row for a page that is unloading. With the database open, the put goes
 * through IndexedDB itself and its transaction is committed in the same tick
 * (`commit()`): Dexie commits only once the put's success event has come back, and
 * a closing page may be gone by then, taking the uncommitted write with it. Dexie's
 * live queries do not see this write: only for rows nothing watches, or written
 * through Dexie as well. Resolves once written; rejects if IndexedDB refuses.
 */
export function putCommittedNow<T>(db: RoundupDatabase, table: Table<T>, row: T): Promise<unknown> {
  const native = db.isOpen() ? db.backendDB() : null;
  if (!native) return table.put(row);
  return new Promise((resolve, reject) => {
    let transaction: IDBTransaction;
    try {
      transaction = native.transaction(table.name, 'readwrite');
      transaction.objectStore(table.name).put(row);
      transaction.commit();
    } catch {
      // A connection closing under it (a version change) or a row IndexedDB refuses: Dexie
      // reopens and writes, or gives the refusal its own error.
      resolve(table.put(row));
      return;
    }
    transaction.oncomplete = () => resolve(undefined);
    transaction.onabort = () => reject(transaction.error ?? new DOMException(`The ${table.name} row was not written.`, 'AbortError'));
  });
}
