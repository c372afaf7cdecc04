import type { ArchiveItem } from '../model/archive-item';
import type { ImportedIssue } from '../model/imported-issue';
import { archiveItemOf, inArchiveOrder, type PlacedItem } from './archive-order';

/** The ids the database gave imported issues and their items, in the order of the issues and of each one's items. */
export interface ImportedIds {
  issueIds: readonly number[];
  clipIds: readonly number[];
}

/**
 * The items of imported issues as `archiveItems` lists them: newest issue
 * first, then the issue's section order, then position in the section. With
 * `ids` they are the stored items; without, every id is 0: the Archive page
 * indexes an import's items this way while the database is still writing
 * them, and gives them their ids (`ArchiveSearch.settle`) once it has.
 */
export function importedArchiveItems(issues: readonly ImportedIssue[], ids?: ImportedIds): ArchiveItem[] {
  const placed: PlacedItem[] = [];
  let k = 0;
  issues.forEach((issue, i) => {
    const positions = new Map<string, number>();
    for (const { section, kind, links, commentary } of issue.items) {
      const position = (positions.get(section) ?? 0) + 1;
      positions.set(section, position);
      const clip = { id: ids?.clipIds[k] ?? 0, issueId: ids?.issueIds[i] ?? 0, section, kind, links, commentary };
      placed.push({ item: archiveItemOf(clip, issue), order: issue.sectionOrder.indexOf(section), position });
      k++;
    }
  });
  return inArchiveOrder(placed);
}

/** Whether two lists hold the same items word for word (ids aside): an import's indexed items and the stored ones. */
export function sameItemWords(a: readonly ArchiveItem[], b: readonly ArchiveItem[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i];
      return (
        y !== undefined &&
        x.issueNumber === y.issueNumber &&
        x.section === y.section &&
        x.commentary === y.commentary &&
        x.links.length === y.links.length &&
        x.links.every((l, j) => l.title === y.links[j]?.title && l.attribution === y.links[j]?.attribution)
      );
    })
  );
}
