import type { ClipEdit, ClipKind } from '../model/clip';
import { convertKind } from '../queue/clip-kind';
import { linksWithKeys } from './clip-links';
import type { RoundupDatabase } from './database';
import { writableClip } from './write-guard';

/** Saves an in-place edit of a queued clip; URL keys follow the links. */
export function updateClip(db: RoundupDatabase, clipId: number, edit: ClipEdit, now: number = Date.now()): Promise<void> {
  return db.transaction('rw', db.clips, db.issues, async () => {
    await writableClip(db, clipId);
    const changes = edit.links ? { ...edit, ...linksWithKeys(edit.links) } : edit;
    await db.clips.update(clipId, { ...changes, updatedAt: now });
  });
}

/** Converts between link item, note and brief (see `convertKind` for what happens to the text). */
export function setClipKind(db: RoundupDatabase, clipId: number, kind: ClipKind, now: number = Date.now()): Promise<void> {
  return db.transaction('rw', db.clips, db.issues, async () => {
    const clip = await writableClip(db, clipId);
    await updateClip(db, clipId, convertKind(clip, kind), now);
  });
}
