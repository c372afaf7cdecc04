import { liveQuery, type Observable } from 'dexie';
import type { ClipDraft, ClipForm } from '../model/clip-draft';
import type { RoundupDatabase } from './database';

/** Drafts are keyed by the page's canonical URL, so a draft never leaks onto another page. */
export async function saveDraft(db: RoundupDatabase, key: string, form: ClipForm, now: number = Date.now()): Promise<void> {
  await db.drafts.put({ key, form, updatedAt: now });
}

export async function loadDraft(db: RoundupDatabase, key: string): Promise<ClipDraft | undefined> {
  return db.drafts.get(key);
}

export async function deleteDraft(db: RoundupDatabase, key: string): Promise<void> {
  await db.drafts.delete(key);
}

/** Every unfinished draft, most recently typed first, live: the Queue lists them with Open and Discard. */
export function watchDrafts(db: RoundupDatabase): Observable<ClipDraft[]> {
  return liveQuery(() => db.drafts.orderBy('updatedAt').reverse().toArray());
}
