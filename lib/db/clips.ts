import type { Clip, ClipLink, NewClip } from '../model/clip';
import type { ClipDraft } from '../model/clip-draft';
import type { NewRow } from '../model/revision';
import { inQueueOrder } from '../queue/clip-order';
import { linksWithKeys } from './clip-links';
import type { RoundupDatabase } from './database';
import { writableClip, writableIssue } from './write-guard';

export interface AddedClip {
  clip: Clip;
  /** How many clips the issue holds now, this one included. */
  count: number;
}

/**
 * Stores a clip at the end of its section and, in the same transaction, deletes
 * the draft it came from: either both happen or neither, so a failed write
 * (or an issue published meanwhile) leaves the editor's draft in place.
 */
export function addClip(db: RoundupDatabase, input: NewClip, draftKey?: string, now: number = Date.now()): Promise<AddedClip> {
  return db.transaction('rw', db.clips, db.issues, db.drafts, async () => {
    await writableIssue(db, input.issueId);
    const inSection = await db.clips.where('[issueId+section]').equals([input.issueId, input.section]).toArray();
    const position = inSection.reduce((max, c) => Math.max(max, c.position), 0) + 1;
    const row: NewRow<Clip> = {
      label: '',
      inSubtitle: false,
      ...input,
      ...linksWithKeys(input.links),
      position,
      deletedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    const clip = (await db.clips.get(await db.clips.add(row as Clip))) as Clip;
    if (draftKey !== undefined) await db.drafts.delete(draftKey);
    return { clip, count: await countClips(db, input.issueId) };
  });
}

/** Takes back a clip just added and puts its draft back, so the form reappears as it was. */
export function undoAddClip(db: RoundupDatabase, clipId: number, draft: ClipDraft): Promise<number> {
  return db.transaction('rw', db.clips, db.issues, db.drafts, async () => {
    const clip = await writableClip(db, clipId);
    await db.clips.delete(clipId);
    await db.drafts.put(draft);
    return countClips(db, clip.issueId);
  });
}

/**
 * Clips in the issue, not counting deleted ones still waiting out their Undo. Both counts are
 * the index's own (deleted rows are the only ones with a `deletedAt` key, and there are few):
 * a `.filter()` would read every row of the issue, one cursor step each (issue #13 item 7).
 */
export async function countClips(db: RoundupDatabase, issueId: number): Promise<number> {
  const [all, deleted] = await Promise.all([
    db.clips.where('issueId').equals(issueId).count(),
    db.clips
      .where('deletedAt')
      .above(0)
      .filter((c) => c.issueId === issueId)
      .count(),
  ]);
  return all - deleted;
}

/**
 * Every row of an issue, deleted ones included. A plain index range, so Dexie reads it with one
 * `getAll`; a `.filter()` here would walk a cursor, one request per row, which took most of the
 * Queue's first 100 ms with 200 clips (issue #13 item 7). Callers filter in memory.
 */
export function issueClipRows(db: RoundupDatabase, issueId: number): Promise<Clip[]> {
  return db.clips.where('issueId').equals(issueId).toArray();
}

/** An issue's clips in section order, then position within each section. */
export async function clipsForIssue(db: RoundupDatabase, issueId: number, sectionOrder: readonly string[]): Promise<Clip[]> {
  return liveInQueueOrder(await issueClipRows(db, issueId), sectionOrder);
}

/** Of an issue's rows (`issueClipRows`), the clips not deleted, in section order, then position. */
export function liveInQueueOrder(rows: readonly Clip[], sectionOrder: readonly string[]): Clip[] {
  return inQueueOrder(
    rows.filter((c) => !c.deletedAt),
    sectionOrder,
  );
}

/**
 * The section of the clip added most recently, if it is still one of the
 * issue's sections; the popup preselects it because the editor tends to clip
 * several pages for one section in a row.
 */
export async function lastUsedSection(db: RoundupDatabase, sectionOrder: string[]): Promise<string | undefined> {
  const latest = await db.clips.orderBy('createdAt').last();
  return latest && sectionOrder.includes(latest.section) ? latest.section : undefined;
}

/**
 * "Add link to…": the page being clipped joins an existing item as another
 * header line; its draft goes, as when adding a clip. Returns the issue's count.
 */
export function addLinkToClip(db: RoundupDatabase, clipId: number, link: ClipLink, draftKey?: string, now: number = Date.now()): Promise<number> {
  return db.transaction('rw', db.clips, db.issues, db.drafts, async () => {
    const clip = await writableClip(db, clipId);
    const links = [...clip.links, link];
    await db.clips.update(clipId, { ...linksWithKeys(links), updatedAt: now });
    if (draftKey !== undefined) await db.drafts.delete(draftKey);
    return countClips(db, clip.issueId);
  });
}

/** Takes back "Add link to…": removes that link again and restores the page's draft. */
export function undoAddLink(db: RoundupDatabase, clipId: number, url: string, draft: ClipDraft, now: number = Date.now()): Promise<number> {
  return db.transaction('rw', db.clips, db.issues, db.drafts, async () => {
    const clip = await writableClip(db, clipId);
    const at = clip.links.map((l) => l.url).lastIndexOf(url);
    const links = clip.links.filter((_, i) => i !== at);
    await db.clips.update(clipId, { ...linksWithKeys(links), updatedAt: now });
    await db.drafts.put(draft);
    return countClips(db, clip.issueId);
  });
}
