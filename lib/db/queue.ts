import { liveQuery, type Observable } from 'dexie';
import type { Clip } from '../model/clip';
import type { Issue } from '../model/issue';
import { countClips, issueClipRows, liveInQueueOrder } from './clips';
import type { RoundupDatabase } from './database';
import { pendingAmong } from './deleted-clips';
import { allIssues } from './issues';

/** What the Queue view shows: the issue, its live clips in order, and deletions that can still be undone. */
export interface IssueQueue {
  issue: Issue;
  clips: Clip[];
  deleted: Clip[];
}

/** A live query: emits again whenever any of these rows change, in this page or another. */
export function watchQueue(db: RoundupDatabase, issueId: number): Observable<IssueQueue | null> {
  return liveQuery(async () => {
    // The issue and all its rows at once, in one read each; live and deleted clips are split here.
    const [issue, rows] = await Promise.all([db.issues.get(issueId), issueClipRows(db, issueId)]);
    if (!issue) return null;
    return { issue, clips: liveInQueueOrder(rows, issue.sectionOrder), deleted: pendingAmong(rows, Date.now()) };
  });
}

/** The issue's clip count, live: drives the header and the toolbar badge. */
export function watchClipCount(db: RoundupDatabase, issueId: number): Observable<number> {
  return liveQuery(() => countClips(db, issueId));
}

/** Every issue, newest first, live: the issue page's issue picker. */
export function watchIssues(db: RoundupDatabase): Observable<Issue[]> {
  return liveQuery(() => allIssues(db));
}
