import type { Clip } from '../model/clip';
import type { Issue } from '../model/issue';
import type { RoundupDatabase } from './database';

/**
 * `draft-issue` and `not-amendable` come only from "Amend issue", which acts on published issues alone;
 * `number-taken` from an issue edit whose other fields were saved (`IssueNumberTaken`).
 */
export type RefusalReason = 'missing-clip' | 'deleted-clip' | 'missing-issue' | 'published-issue' | 'draft-issue' | 'not-amendable' | 'number-taken';

/**
 * A write the archive refuses because of what it would change, not because
 * storage failed. The message is written for the editor and shown as it is.
 */
export class StorageRefusal extends Error {
  override readonly name = 'StorageRefusal';

  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
  }
}

/**
 * An issue edit gave a number another issue has: that number is refused, and every other field of
 * the edit was saved all the same (a typo in the number must not hold back the intro). Carries the
 * issue as stored, so the page can take up what was saved.
 */
export class IssueNumberTaken extends StorageRefusal {
  constructor(
    readonly number: number,
    readonly stored: Issue,
  ) {
    super('number-taken', `Issue #${number} already exists, so the number stays #${stored.number}. Everything else is saved.`);
  }
}

/** What a verb accepts beyond a live clip in a draft issue: only Undo delete acts on deleted clips. */
export interface Accepts {
  deleted?: boolean;
}

/**
 * The write guard. Every verb that changes a stored clip or issue reads its
 * target through `writableIssue` or `writableClip`, inside its own transaction
 * (which must include `issues`), so a missing, deleted or published target is
 * refused in one place instead of relying on the UI hiding a button.
 */
export async function writableIssue(db: RoundupDatabase, issueId: number): Promise<Issue> {
  const issue = await db.issues.get(issueId);
  if (!issue) throw new StorageRefusal('missing-issue', 'That issue no longer exists.');
  if (issue.status === 'published') throw new StorageRefusal('published-issue', `Issue #${issue.number} is published and can no longer be changed.`);
  return issue;
}

export async function writableClip(db: RoundupDatabase, clipId: number, accepts: Accepts = {}): Promise<Clip> {
  const clip = await db.clips.get(clipId);
  if (!clip) throw new StorageRefusal('missing-clip', 'That clip no longer exists.');
  if (clip.deletedAt && !accepts.deleted) throw new StorageRefusal('deleted-clip', 'That clip has been deleted; undo the delete to change it.');
  const issue = await db.issues.get(clip.issueId);
  if (!issue) throw new StorageRefusal('missing-issue', 'That clip’s issue no longer exists.');
  if (issue.status === 'published') throw new StorageRefusal('published-issue', `Issue #${issue.number} is published; its clips can no longer be changed.`);
  return clip;
}
