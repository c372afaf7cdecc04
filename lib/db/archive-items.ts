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
    const items: ArchiveItem[] = [];
    for (const clip of clips) {
      const issue = byId.get(clip.issueId);
      if (!issue || clip.deletedAt) continue;
      const { id: clipId, issueId, section, kind, links, commentary } = clip;
      items.push({ clipId, issueId, issueNumber: issue.number, date: issue.date, section, kind, links, commentary });
    }
    const order = (item: ArchiveItem) => byId.get(item.issueId)?.sectionOrder.indexOf(item.section) ?? 0;
    const position = new Map(clips.map((c) => [c.id, c.position]));
    return items.sort((a, b) => b.issueNumber - a.issueNumber || order(a) - order(b) || (position.get(a.clipId) ?? 0) - (position.get(b.clipId) ?? 0));
  });
}
