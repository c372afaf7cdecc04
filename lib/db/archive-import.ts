import Dexie from 'dexie';
import { importedArchiveItems } from '../archive/imported-items';
import type { Clip } from '../model/clip';
import type { ImportedIssue, ImportOutcome } from '../model/imported-issue';
import { addDays, comingFriday, type Issue } from '../model/issue';
import type { NewRow } from '../model/revision';
import { urlKeysFor } from '../url/url-key';
import { forgetArchiveSearch } from './archive-search-index';
import type { RoundupDatabase } from './database';

export interface ImportChoice {
  /** Issue numbers whose stored text the editor chose to replace with the file's. */
  replace?: readonly number[];
  /**
   * Called, not awaited, once the new items' rows are on their way to the
   * database: the Archive page indexes them while the browser writes them.
   */
  whileWriting?: () => void;
}

/**
 * Stores issues read from the site's archive as published issues, each item
 * a clip (so "Linked in #N" sees every URL), in one transaction. Nothing
 * stored is lost: an issue already stored with the same text is left alone, one
 * with other text is only reported (`differing`) unless the editor chose
 * Replace for its number. The draft issue, if the archive reaches its number,
 * moves to the highest number + 1 and the next Friday, clips and all.
 */
export function importIssues(db: RoundupDatabase, issues: readonly ImportedIssue[], choice: ImportChoice = {}, now: Date = new Date()): Promise<ImportOutcome> {
  const at = now.getTime();
  return db.transaction('rw', db.issues, db.clips, db.settings, async () => {
    await forgetArchiveSearch(db);
    const outcome: ImportOutcome = { added: [], unchanged: [], differing: [], replaced: [], addedItems: [] };
    const byNumber = new Map(issues.map((issue) => [issue.number, issue]));
    const stored = new Map(
      (
        await db.issues
          .where('number')
          .anyOf([...byNumber.keys()])
          .toArray()
      ).map((row) => [row.number, row]),
    );
    await moveDraftPast(db, [...byNumber.values()], outcome, now);
    const rows: NewRow<Issue>[] = [];
    const fresh: ImportedIssue[] = [];
    for (const issue of byNumber.values()) {
      const row = stored.get(issue.number);
      if (!row || row.status === 'draft') {
        rows.push(issueRow(issue, at));
        fresh.push(issue);
      } else if (row.markdown === issue.markdown) outcome.unchanged.push(issue.number);
      else if (choice.replace?.includes(issue.number)) {
        await db.clips.where('issueId').equals(row.id).delete();
        const { createdAt: _, ...changes } = issueRow(issue, at);
        // Dexie drops a property set to undefined: an amended issue's document, a title the file no longer has.
        await db.issues.update(row.id, { title: undefined, document: undefined, ...changes });
        await db.clips.bulkAdd(clipRows(row.id, issue, at) as Clip[]);
        outcome.replaced.push(issue.number);
      } else outcome.differing.push(issue.number);
    }
    const ids = await db.issues.bulkAdd(rows as Issue[], { allKeys: true });
    const clips = fresh.flatMap((issue, i) => clipRows(ids[i] as number, issue, at));
    const adding = db.clips.bulkAdd(clips as Clip[], { allKeys: true });
    // Outside the transaction's zone: whatever it starts is not part of the transaction.
    if (choice.whileWriting) Dexie.ignoreTransaction(choice.whileWriting);
    const clipIds = await adding;
    outcome.added.push(...fresh.map((issue) => issue.number));
    outcome.addedItems = importedArchiveItems(fresh, { issueIds: ids as number[], clipIds: clipIds as number[] });
    for (const list of [outcome.added, outcome.unchanged, outcome.differing, outcome.replaced]) list.sort((a, b) => a - b);
    return outcome;
  });
}

/**
 * The issue's row: the file's text is stored as `markdown`, and its document
 * is not (read again from it when amended): it would more than double the
 * row, and in Chromium the archive's 94 rows took 0.5–0.9 s of the page's
 * main thread to add with their documents, 0.1–0.2 s without (a busy 2-core machine).
 */
function issueRow(issue: ImportedIssue, at: number): NewRow<Issue> {
  const title = issue.document.frontMatter?.title;
  return {
    number: issue.number,
    date: issue.date,
    status: 'published',
    intro: issue.intro,
    sectionOrder: issue.sectionOrder,
    ...(issue.subtitle !== undefined ? { subtitle: issue.subtitle } : {}),
    ...(issue.heroImg ? { heroImg: issue.heroImg } : {}),
    ...(title ? { title } : {}),
    markdown: issue.markdown,
    publishedAt: at,
    createdAt: at,
    updatedAt: at,
  };
}

function clipRows(issueId: number, issue: ImportedIssue, at: number): NewRow<Clip>[] {
  const position = new Map<string, number>();
  return issue.items.map((item) => {
    const next = (position.get(item.section) ?? 0) + 1;
    position.set(item.section, next);
    return {
      issueId,
      section: item.section,
      position: next,
      kind: item.kind,
      links: item.links,
      commentary: item.commentary,
      label: '',
      inSubtitle: false,
      archiveItem: item.place,
      deletedAt: null,
      urlKeys: urlKeysFor([...item.links, ...item.textUrls.map((url) => ({ url }))]),
      createdAt: at,
      updatedAt: at,
    };
  });
}

/**
 * The draft keeps being "this week's issue": when the archive reaches its
 * number it takes the highest number + 1, dated the Friday after the newest
 * issue (or the coming Friday, if that is later).
 */
async function moveDraftPast(db: RoundupDatabase, issues: readonly ImportedIssue[], outcome: ImportOutcome, now: Date): Promise<void> {
  const draft = (await db.issues.where('status').equals('draft').sortBy('number')).at(-1);
  if (!draft) return;
  const published = await db.issues.where('status').equals('published').toArray();
  const all = [...published, ...issues];
  const highest = Math.max(0, ...all.map((i) => i.number));
  if (draft.number > highest) return;
  // ISO dates sort as text.
  const newest =
    all
      .map((i) => i.date)
      .sort()
      .at(-1) ?? '';
  const afterNewest = newest ? comingFriday(new Date(`${addDays(newest, 1)}T12:00:00`)) : '';
  const coming = comingFriday(now);
  const date = [afterNewest, coming].sort().at(-1) ?? coming;
  await db.issues.update(draft.id, { number: highest + 1, date, updatedAt: now.getTime() });
  outcome.draftMovedTo = { number: highest + 1, date };
}
