import { amendedDocument, type ItemAmendment } from '../archive/amended-document';
import { linksInText } from '../archive/links-in-text';
import type { Clip } from '../model/clip';
import type { IssueDocument } from '../roundup/issue-document';
import { urlKeysFor } from '../url/url-key';
import { forgetArchiveSearch } from './archive-search-index';
import type { RoundupDatabase } from './database';
import { StorageRefusal } from './write-guard';

/** How an issue's markdown and its structure turn into each other: `importIssue` and `renderIssue`. */
export interface IssueText {
  read: (markdown: string) => IssueDocument;
  render: (doc: IssueDocument) => string;
}

/**
 * "Amend issue": the write guard's one exception (issue #11). It corrects one
 * item of a published issue that came from the archive, and stores the issue's
 * markdown re-rendered with only that item written anew, and the amended
 * document. The issue's document is the one stored by an earlier amend, or
 * else its imported text read again (`text` is passed in so the popup's bundle
 * never carries the parser and the renderer). A clip that is missing or
 * deleted, one still in a draft (edit it instead), or one of an issue
 * published without its structure is refused.
 */
export function amendIssue(db: RoundupDatabase, clipId: number, amendment: ItemAmendment, text: IssueText, now: number = Date.now()): Promise<Clip> {
  return db.transaction('rw', db.issues, db.clips, db.settings, async () => {
    const clip = await db.clips.get(clipId);
    if (!clip) throw new StorageRefusal('missing-clip', 'That item no longer exists.');
    if (clip.deletedAt) throw new StorageRefusal('deleted-clip', 'That item has been deleted.');
    const issue = await db.issues.get(clip.issueId);
    if (!issue) throw new StorageRefusal('missing-issue', 'That item’s issue no longer exists.');
    if (issue.status !== 'published') throw new StorageRefusal('draft-issue', `Issue #${issue.number} is not published yet: edit the clip in the queue.`);
    if (!clip.archiveItem || (!issue.document && issue.markdown === undefined))
      throw new StorageRefusal('not-amendable', `Issue #${issue.number} was not imported from the archive, so it cannot be amended.`);
    const document = amendedDocument(issue.document ?? text.read(issue.markdown ?? ''), clip.archiveItem, amendment);
    const markdown = text.render(document);
    await db.issues.update(issue.id, { document, markdown, updatedAt: now });
    await forgetArchiveSearch(db);
    const links = amendment.links ? amendment.links.map((l, i) => ({ ...(clip.links[i] ?? { authors: [], source: null }), ...l })) : clip.links;
    const commentary = amendment.commentary ?? clip.commentary;
    const urlKeys = urlKeysFor([...(clip.kind === 'link' ? links : []), ...linksInText(commentary).map((url) => ({ url }))]);
    await db.clips.update(clipId, { links, commentary, urlKeys, updatedAt: now });
    return (await db.clips.get(clipId)) ?? clip;
  });
}
