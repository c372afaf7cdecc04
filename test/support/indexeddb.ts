/**
 * Every row of one object store of the extension's database. Runs inside an extension
 * page or the service worker (pass it to `evaluate`), so it must not close over anything.
 */
export function readAllRows(store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('roundup-clipper');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(store)) {
        db.close();
        reject(new Error(`no object store "${store}" in [${[...db.objectStoreNames].join(', ')}]`));
        return;
      }
      const request = db.transaction(store, 'readonly').objectStore(store).getAll();
      request.onsuccess = () => {
        db.close();
        resolve(request.result as unknown[]);
      };
      request.onerror = () => reject(request.error);
    };
  });
}
