import type { Clip, ClipMerge } from '../model/clip';
import type { NewRow } from '../model/revision';
import { mergedInto, movedLink, splitOff, unmerged } from '../queue/clip-groups';
import { linksWithKeys } from './clip-links';
import type { RoundupDatabase } from './database';
import { writableClip } from './write-guard';

/**
 * Folds `sourceId` into `targetId` (links and commentary). The source is deleted
 * as by Delete, remembering the target as it was, so `undoMerge` can take the
 * merge back until the Undo window has passed; then it is purged like any deletion.
 */
export function mergeClips(db: RoundupDatabase, targetId: number, sourceId: number, now: number = Date.now()): Promise<void> {
  return db.transaction('rw', db.clips, db.issues, async () => {
    if (targetId === sourceId) return;
    const [target, source] = [await writableClip(db, targetId), await writableClip(db, sourceId)];
    const after = mergedInto(target, source);
    await db.clips.update(targetId, { ...linksWithKeys(after.links), commentary: after.commentary, updatedAt: now });
    const mergedAs: ClipMerge = { targetId, before: { links: target.links, commentary: target.commentary }, after };
    await db.clips.update(sourceId, { deletedAt: now, mergedInto: mergedAs });
  });
}

/**
 * Undo merge: the item merged into gets back its links and commentary (an edit
 * made to it since is kept, see `unmerged`) and the merged clip returns in its
 * place. On a clip deleted without a merge it is Undo delete; a live clip is left as it is.
 */
export function undoMerge(db: RoundupDatabase, sourceId: number, now: number = Date.now()): Promise<void> {
  return db.transaction('rw', db.clips, db.issues, () => bringBack(db, sourceId, now));
}

/** Brings a deleted clip back, taking its merge out of the item it went into first. Runs inside the caller's transaction. */
export async function bringBack(db: RoundupDatabase, clipId: number, now: number): Promise<void> {
  const clip = await writableClip(db, clipId, { deleted: true });
  if (!clip.deletedAt) return;
  const merge = clip.mergedInto;
  // The item merged into may itself have been deleted since (it is still restorable) or purged.
  const target = merge ? await db.clips.get(merge.targetId) : undefined;
  if (merge && target) {
    const { links, commentary } = unmerged(target, merge);
    await db.clips.update(target.id, { ...linksWithKeys(links), commentary, updatedAt: now });
  }
  await db.clips.update(clipId, { deletedAt: null, mergedInto: undefined, updatedAt: now });
}

/** Takes link `index` out of a grouped item into a clip of its own, placed right after it. */
export function splitClipLink(db: RoundupDatabase, clipId: number, index: number, now: number = Date.now()): Promise<number | null> {
  return db.transaction('rw', db.clips, db.issues, async () => {
    const clip = await writableClip(db, clipId);
    const parts = splitOff(clip.links, index);
    if (!parts) return null;
    await db.clips.update(clipId, { ...linksWithKeys(parts.kept), updatedAt: now });
    const siblings = await db.clips.where('[issueId+section]').equals([clip.issueId, clip.section]).toArray();
    await Promise.all(siblings.filter((c) => c.position > clip.position).map((c) => db.clips.update(c.id, { position: c.position + 1 })));
    const row: NewRow<Clip> = {
      issueId: clip.issueId,
      section: clip.section,
      position: clip.position + 1,
      kind: 'link',
      ...linksWithKeys([parts.split]),
      commentary: '',
      label: '',
      inSubtitle: false,
      deletedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    return (await db.clips.add(row as Clip)) ?? null;
  });
}

/** Reorders the header lines of a grouped item. */
export function moveClipLink(db: RoundupDatabase, clipId: number, from: number, to: number, now: number = Date.now()): Promise<void> {
  return db.transaction('rw', db.clips, db.issues, async () => {
    const clip = await writableClip(db, clipId);
    await db.clips.update(clipId, { ...linksWithKeys(movedLink(clip.links, from, to)), updatedAt: now });
  });
}
