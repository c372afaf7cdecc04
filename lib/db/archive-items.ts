import type { ArchiveItem } from '../model/archive-item';
import type { Clip } from '../model/clip';
import type { Issue } from '../model/issue';
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
      if (issue && !clip.deletedAt) items.push(archiveItemOf(clip, issue));
    }
    const position = new Map(clips.map((c) => [c.id, c.position]));
    return inArchiveOrder(
      items,
      (issueId) => byId.get(issueId)?.sectionOrder,
      (clipId) => position.get(clipId),
    );
  });
}

/** A clip of a published issue as the archive lists it. */
export function archiveItemOf(
  clip: Pick<Clip, 'id' | 'issueId' | 'section' | 'kind' | 'links' | 'commentary'>,
  issue: Pick<Issue, 'number' | 'date'>,
): ArchiveItem {
  const { id: clipId, issueId, section, kind, links, commentary } = clip;
  return { clipId, issueId, issueNumber: issue.number, date: issue.date, section, kind, links, commentary };
}

/** The archive's order, sorting `items` in place: newest issue first, then the issue's section order, then position. */
export function inArchiveOrder(
  items: ArchiveItem[],
  sectionOrder: (issueId: number) => readonly string[] | undefined,
  position: (clipId: number) => number | undefined,
): ArchiveItem[] {
  const order = (item: ArchiveItem) => sectionOrder(item.issueId)?.indexOf(item.section) ?? 0;
  return items.sort((a, b) => b.issueNumber - a.issueNumber || order(a) - order(b) || (position(a.clipId) ?? 0) - (position(b.clipId) ?? 0));
}
