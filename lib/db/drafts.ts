import { liveQuery, type Observable } from 'dexie';
import type { ClipDraft, ClipForm } from '../model/clip-draft';
import { withQuote } from '../quote/blockquote';
import type { RoundupDatabase } from './database';
import { putCommittedNow } from './put-committed-now';

/** Drafts are keyed by the page's canonical URL, so a draft never leaks onto another page. */
export async function saveDraft(db: RoundupDatabase, key: string, form: ClipForm, now: number = Date.now()): Promise<void> {
  await db.drafts.put({ key, form, updatedAt: now });
}

/**
 * The popup is closing with a draft not yet saved: written committed in this tick, so it
 * outlives the popup, before `saveDraft` writes it again through Dexie (whose write the
 * Queue's list of unfinished drafts sees, if the popup lives long enough).
 */
export function saveDraftOnUnload(db: RoundupDatabase, key: string, form: ClipForm, now: number = Date.now()): Promise<unknown> {
  return putCommittedNow(db, db.drafts, { key, form, updatedAt: now });
}

export async function loadDraft(db: RoundupDatabase, key: string): Promise<ClipDraft | undefined> {
  return db.drafts.get(key);
}

export async function deleteDraft(db: RoundupDatabase, key: string): Promise<void> {
  await db.drafts.delete(key);
}

/**
 * "Quote in commentary": the selection goes at the end of the page's draft's
 * commentary as a blockquote. Without a draft, one is started from `fresh` (the
 * form as the page reads now), marked so the popup fills the rest anew.
 */
export function quoteIntoDraft(db: RoundupDatabase, key: string, selection: string, fresh: ClipForm, now: number = Date.now()): Promise<ClipDraft> {
  return db.transaction('rw', db.drafts, async () => {
    const stored = await db.drafts.get(key);
    const draft: ClipDraft = stored
      ? { ...stored, form: { ...stored.form, commentary: withQuote(stored.form.commentary, selection) }, updatedAt: now }
      : { key, form: { ...fresh, commentary: withQuote(fresh.commentary, selection) }, updatedAt: now, startedByQuote: true };
    await db.drafts.put(draft);
    return draft;
  });
}

/** Every unfinished draft, most recently typed first, live: the Queue lists them with Open and Discard. */
export function watchDrafts(db: RoundupDatabase): Observable<ClipDraft[]> {
  return liveQuery(() => db.drafts.orderBy('updatedAt').reverse().toArray());
}
