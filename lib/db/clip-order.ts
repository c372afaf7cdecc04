import { placeAt, positionsOf, shiftedIndex } from '../queue/clip-order';
import type { RoundupDatabase } from './database';
import { writableClip } from './write-guard';

async function sectionIds(db: RoundupDatabase, issueId: number, section: string): Promise<number[]> {
  const clips = await db.clips
    .where('[issueId+section]')
    .equals([issueId, section])
    .filter((c) => !c.deletedAt)
    .sortBy('position');
  return clips.map((c) => c.id);
}

async function writePositions(db: RoundupDatabase, ids: number[], section: string, now: number): Promise<void> {
  await db.clips.bulkUpdate([...positionsOf(ids)].map(([id, position]) => ({ key: id, changes: { section, position, updatedAt: now } })));
}

/**
 * Puts a clip at `index` in `section` (its own or another) and renumbers the
 * sections it left and entered, all in one transaction.
 */
export function placeClip(db: RoundupDatabase, clipId: number, section: string, index: number, now: number = Date.now()): Promise<void> {
  return db.transaction('rw', db.clips, db.issues, async () => {
    const clip = await writableClip(db, clipId);
    if (clip.section !== section) {
      const left = (await sectionIds(db, clip.issueId, clip.section)).filter((id) => id !== clipId);
      await writePositions(db, left, clip.section, now);
    }
    const entered = placeAt(await sectionIds(db, clip.issueId, section), clipId, index);
    await writePositions(db, entered, section, now);
  });
}

/** Moves a clip one place up (-1) or down (+1) in its section; false when it is already at that end. */
export function shiftClip(db: RoundupDatabase, clipId: number, delta: -1 | 1, now: number = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.clips, db.issues, async () => {
    const clip = await writableClip(db, clipId);
    const ids = await sectionIds(db, clip.issueId, clip.section);
    const to = shiftedIndex(ids, clipId, delta);
    if (to === null) return false;
    await writePositions(db, placeAt(ids, clipId, to), clip.section, now);
    return true;
  });
}

/** Moves a clip to the end of another section. */
export async function moveClipToSection(db: RoundupDatabase, clipId: number, section: string, now: number = Date.now()): Promise<void> {
  await placeClip(db, clipId, section, Number.MAX_SAFE_INTEGER, now);
}
