import type { ClipDraft } from '../model/clip-draft';
import type { PendingEditArea } from './pending-edit-fallback';

const PREFIX = 'clipDraft:';

/** `clipDraft:https://example.org/post`: the Clip view's draft, when IndexedDB refused it. */
const keyOf = (pageKey: string) => `${PREFIX}${pageKey}`;

const isDraft = (value: unknown, pageKey: string): value is ClipDraft => {
  const v = value as Partial<ClipDraft> | null;
  return typeof v === 'object' && v !== null && v.key === pageKey && typeof v.form === 'object' && v.form !== null && typeof v.updatedAt === 'number';
};

/** Keeps a draft IndexedDB refused (closed, full) in `storage.local`, so the next popup still finds it. */
export function saveDraftFallback(area: PendingEditArea, draft: ClipDraft): Promise<void> {
  return area.set({ [keyOf(draft.key)]: draft });
}

/** The draft kept for this page in `storage.local`, if any; an entry of another shape is ignored. */
export async function loadDraftFallback(area: PendingEditArea, pageKey: string): Promise<ClipDraft | undefined> {
  const found = (await area.get(null))[keyOf(pageKey)];
  return isDraft(found, pageKey) ? found : undefined;
}

export function removeDraftFallback(area: PendingEditArea, pageKey: string): Promise<void> {
  return area.remove(keyOf(pageKey));
}

/** The newer of the draft in IndexedDB and the one that had to go to `storage.local`. */
export function newerDraft(stored: ClipDraft | undefined, fallback: ClipDraft | undefined): ClipDraft | undefined {
  if (!stored || !fallback) return stored ?? fallback;
  return fallback.updatedAt > stored.updatedAt ? fallback : stored;
}
