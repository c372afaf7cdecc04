import type { PendingEdit } from '../model/pending-edit';
import { fallbackKey, type PendingEditArea, savePendingFallback } from './pending-edit-fallback';

/** How a page writes its editors' pending-edit records. */
export interface PendingEditWriter {
  /**
   * Writes the record now: one IndexedDB `put` in this tick (`save`); if
   * IndexedDB refuses it, the record goes to `area` instead.
   */
  persist(pending: PendingEdit): void;
  /**
   * A save of `key` made at `at` has been stored: a record this page had to put
   * in `area` before then is superseded and removed (the IndexedDB one is
   * deleted by the save itself).
   */
  settled(key: PendingEdit['key'], at: number): void;
}

export function createPendingEditWriter(
  save: (pending: PendingEdit) => Promise<unknown>,
  area: PendingEditArea | undefined,
  onError: (error: unknown) => void,
): PendingEditWriter {
  /** Records this page put in `area`: key → its time. */
  const fallenBack = new Map<string, number>();
  const fallBack = (pending: PendingEdit, refused: unknown) => {
    if (!area) return onError(refused);
    fallenBack.set(pending.key, pending.updatedAt);
    savePendingFallback(area, pending).catch(onError);
  };
  return {
    persist(pending) {
      let put: Promise<unknown>;
      try {
        put = save(pending);
      } catch (error) {
        put = Promise.reject(error);
      }
      put.catch((refused: unknown) => fallBack(pending, refused));
    },
    settled(key, at) {
      const written = fallenBack.get(key);
      if (!area || written === undefined || written > at) return;
      fallenBack.delete(key);
      area.remove(fallbackKey({ key })).catch(onError);
    },
  };
}
