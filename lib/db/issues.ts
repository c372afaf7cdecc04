import { comingFriday, type Issue } from '../model/issue';
import type { NewRow } from '../model/revision';
import { DEFAULT_SECTIONS } from '../template/default-sections';
import type { RoundupDatabase } from './database';

/**
 * The issue being written: the newest draft. On first use there is none, so
 * #1 is created, dated the coming Friday, with the template's sections. The check and the insert share one
 * transaction so two pages opening at once cannot create two issues.
 */
export function currentIssue(db: RoundupDatabase, now: Date = new Date(), sections: readonly string[] = DEFAULT_SECTIONS): Promise<Issue> {
  return db.transaction('rw', db.issues, async () => {
    const drafts = await db.issues.where('status').equals('draft').sortBy('number');
    const newest = drafts.at(-1);
    if (newest) return newest;
    const last = await db.issues.orderBy('number').last();
    const row: NewRow<Issue> = {
      number: (last?.number ?? 0) + 1,
      date: comingFriday(now),
      status: 'draft',
      intro: '',
      sectionOrder: [...(last?.sectionOrder ?? sections)],
      createdAt: now.getTime(),
      updatedAt: now.getTime(),
    };
    return (await db.issues.get(await db.issues.add(row as Issue))) as Issue;
  });
}

/**
 * Whether any issue is published (imported or published here): until one is,
 * the popup and the options page offer importing the archive. Reads one key.
 */
export async function hasPublishedIssue(db: RoundupDatabase): Promise<boolean> {
  return (await db.issues.where('status').equals('published').limit(1).primaryKeys()).length > 0;
}

/** Every issue, newest first. */
export function allIssues(db: RoundupDatabase): Promise<Issue[]> {
  return db.issues.orderBy('number').reverse().toArray();
}
