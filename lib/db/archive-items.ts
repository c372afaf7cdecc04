import { archiveItemOf, inArchiveOrder, type PlacedItem } from '../archive/archive-order';
import type { ArchiveItem } from '../model/archive-item';
import type { RoundupDatabase } from './database';

/** Every item of every published issue, newest issue first, in issue order: what the archive search indexes. */
export async function archiveItems(db: RoundupDatabase): Promise<ArchiveItem[]> {
  return db.transaction('r', db.issues, db.clips, async () => {
    const issues = await db.issues.where('status').equals('published').toArray();
    const byId = new Map(issues.map((issue) => [issue.id, issue]));
    // Every clip in one getAll, the draft's few filtered out below: `anyOf` over ~190 issue ids
    // walks the index with a cursor, one jump per id, seconds for the whole archive.
    const clips = await db.clips.toArray();
    const placed: PlacedItem[] = [];
    for (const clip of clips) {
      const issue = byId.get(clip.issueId);
      if (issue && !clip.deletedAt) placed.push({ item: archiveItemOf(clip, issue), order: issue.sectionOrder.indexOf(clip.section), position: clip.position });
    }
    return inArchiveOrder(placed);
  });
}
