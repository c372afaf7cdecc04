import type { PendingEdit } from '../model/pending-edit';

/**
 * `storage.local`, or any area with its shape (tests pass fakeBrowser's): where
 * a pending edit goes when IndexedDB itself refuses the write (closed, full).
 */
export interface PendingEditArea {
  get(keys?: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const PREFIX = 'pendingEdit:';

/** `pendingEdit:clip:12`: one entry per clip or issue, the latest unsaved values. */
export const fallbackKey = (pending: Pick<PendingEdit, 'key'>) => `${PREFIX}${pending.key}`;

export function savePendingFallback(area: PendingEditArea, pending: PendingEdit): Promise<void> {
  return area.set({ [fallbackKey(pending)]: pending });
}

const isPendingEdit = (value: unknown): value is PendingEdit => {
  const v = value as Partial<PendingEdit> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    (v.target === 'clip' || v.target === 'issue') &&
    typeof v.id === 'number' &&
    v.key === `${v.target}:${v.id}` &&
    typeof v.edit === 'object' &&
    typeof v.base === 'object' &&
    typeof v.updatedAt === 'number'
  );
};

/** The pending edits kept in `area`, oldest first; entries of another shape are left alone. */
export async function pendingFallbacks(area: PendingEditArea): Promise<PendingEdit[]> {
  const all = await area.get(null);
  return Object.entries(all)
    .filter(([key, value]) => key.startsWith(PREFIX) && isPendingEdit(value))
    .map(([, value]) => value as PendingEdit)
    .sort((a, b) => a.updatedAt - b.updatedAt);
}

/**
 * Applies every pending edit, those in IndexedDB and those that had to go to
 * `area`, through the store's `applyPendingEdits`, then removes from `area`
 * the ones it settled (applied, or dropped because their target is gone).
 * A page that opens the archive, and the background at browser start, call it.
 */
export async function applyAllPendingEdits(
  apply: (extra: readonly PendingEdit[]) => Promise<PendingEdit[]>,
  area: PendingEditArea | undefined,
): Promise<number> {
  const extra = area ? await pendingFallbacks(area) : [];
  const settled = await apply(extra);
  const done = extra.filter((e) => settled.some((s) => s.key === e.key && s.updatedAt === e.updatedAt));
  if (area && done.length) await area.remove(done.map(fallbackKey));
  return settled.length;
}
