import { clipEditOf, mergeClipEdit } from '../merge/clip-merge';
import type { Clip, ClipEdit, ClipKind } from '../model/clip';
import { pendingClipKey } from '../model/pending-edit';
import { convertKind } from '../queue/clip-kind';
import { linksWithKeys } from './clip-links';
import type { RoundupDatabase } from './database';
import { settlePendingEdit } from './pending-edits';
import { writableClip } from './write-guard';

/**
 * Saves an in-place edit of a queued clip; URL keys follow the links.
 *
 * An editor passes `base`, the clip's fields as it last read them: the save is
 * then merged field by field into what is stored (another page may have saved
 * since), a text both changed is kept as a conflict, and the editor's pending
 * edit record, if any, is settled in the same transaction. Returns the clip as stored.
 */
export function updateClip(db: RoundupDatabase, clipId: number, edit: ClipEdit, now: number = Date.now(), base?: ClipEdit): Promise<Clip> {
  return db.transaction('rw', db.clips, db.issues, db.pendingEdits, async () => {
    const stored = await writableClip(db, clipId);
    let changes: Partial<Clip> = edit;
    if (base) {
      const merged = mergeClipEdit(base, edit, stored, now);
      changes = { ...merged.edit, conflicts: merged.conflicts };
      await settlePendingEdit(db, pendingClipKey(clipId), now);
    }
    if (changes.links) changes = { ...changes, ...linksWithKeys(changes.links) };
    await db.clips.update(clipId, { ...changes, updatedAt: now });
    return (await db.clips.get(clipId)) ?? stored;
  });
}

/** Converts between link item, note and brief (see `convertKind` for what happens to the text). */
export function setClipKind(db: RoundupDatabase, clipId: number, kind: ClipKind, now: number = Date.now()): Promise<void> {
  return db.transaction('rw', db.clips, db.issues, db.pendingEdits, async () => {
    const clip = await writableClip(db, clipId);
    await updateClip(db, clipId, convertKind(clip, kind), now);
  });
}

/**
 * The editor's one click on a conflict: `keep` the stored text, or `other`
 * to take the text that lost the race. Either way the conflict is gone.
 */
export function resolveClipConflict(db: RoundupDatabase, clipId: number, field: string, choice: 'keep' | 'other', now: number = Date.now()): Promise<void> {
  return db.transaction('rw', db.clips, db.issues, async () => {
    const clip = await writableClip(db, clipId);
    const conflict = clip.conflicts?.find((c) => c.field === field);
    if (!conflict) return;
    const taken = choice === 'other' ? clipEditOf(clip, { [field]: conflict.value }) : {};
    const changes: Partial<Clip> = taken.links ? { ...taken, ...linksWithKeys(taken.links) } : taken;
    await db.clips.update(clipId, { ...changes, conflicts: (clip.conflicts ?? []).filter((c) => c !== conflict), updatedAt: now });
  });
}
