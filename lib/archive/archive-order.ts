import type { ArchiveItem } from '../model/archive-item';
import type { Clip } from '../model/clip';
import type { Issue } from '../model/issue';

/** A clip of a published issue as the archive lists it. */
export function archiveItemOf(
  clip: Pick<Clip, 'id' | 'issueId' | 'section' | 'kind' | 'links' | 'commentary'>,
  issue: Pick<Issue, 'number' | 'date'>,
): ArchiveItem {
  const { id: clipId, issueId, section, kind, links, commentary } = clip;
  return { clipId, issueId, issueNumber: issue.number, date: issue.date, section, kind, links, commentary };
}

/** An archive item and where it sits in its issue: its section's index in the issue's order, its position in the section. */
export interface PlacedItem {
  item: ArchiveItem;
  order: number;
  position: number;
}

/**
 * The archive's order, shared by the stored items (`archiveItems`) and an import's items
 * before they are stored (`importedArchiveItems`): newest issue first, then the issue's
 * section order, then position in the section.
 */
export function inArchiveOrder(placed: PlacedItem[]): ArchiveItem[] {
  placed.sort((a, b) => b.item.issueNumber - a.item.issueNumber || a.order - b.order || a.position - b.position);
  return placed.map((p) => p.item);
}
