import type { Clip, ClipKind, ClipLink } from '../model/clip';
import type { ClipDraft } from '../model/clip-draft';
import { type ClippedLink, INBOX_SECTION, inboxClipOf } from '../queue/inbox';
import { linksWithKeys } from './clip-links';
import { placeClip } from './clip-order';
import { addClip } from './clips';
import type { RoundupDatabase } from './database';
import { findDuplicates } from './duplicates';
import { writableClip, writableIssue } from './write-guard';

/** What "Clip link to this issue" did: added an Inbox item, or found the link already in the issue. */
export interface InboxResult {
  clipId: number;
  /** False when the issue already held the link (in the Inbox or a section): nothing was added. */
  added: boolean;
  section: string;
}

/**
 * "Clip link to this issue": the link joins the Inbox with its text as the
 * title, unless the issue already links to it (the same lookup as "Already in
 * this issue"), so a second right-click adds nothing.
 */
export function addToInbox(db: RoundupDatabase, issueId: number, link: ClippedLink, now: number = Date.now()): Promise<InboxResult> {
  return db.transaction('rw', db.clips, db.issues, db.drafts, async () => {
    await writableIssue(db, issueId);
    const input = inboxClipOf(issueId, link);
    const urls = [...new Set([link.url, input.links[0]?.url ?? ''])].filter(Boolean);
    const { inIssue } = await findDuplicates(db, urls, issueId);
    if (inIssue) return { clipId: inIssue.clipId, added: false, section: inIssue.section };
    const { clip } = await addClip(db, input, undefined, now);
    return { clipId: clip.id, added: true, section: INBOX_SECTION };
  });
}

/** The page's details for an Inbox item, as the popup read (and the editor corrected) them. */
export interface InboxFill {
  section: string;
  kind: ClipKind;
  link: ClipLink;
  /** The popup's commentary (a quote, say): added after any the item already has. */
  commentary: string;
}

/**
 * "Fill details from this page": the item's first link becomes the page's
 * (title, authors, source, attribution), the popup's commentary joins the
 * item's, and the item moves to the end of `section`, leaving the Inbox; the
 * page's draft goes, as when adding a clip. Returns the item as it was, for Undo.
 */
export function fillInboxClip(db: RoundupDatabase, clipId: number, fill: InboxFill, draftKey?: string, now: number = Date.now()): Promise<Clip> {
  return db.transaction('rw', db.clips, db.issues, db.drafts, async () => {
    const before = await writableClip(db, clipId);
    const links = [fill.link, ...before.links.slice(1)];
    const commentary = [before.commentary.trim(), fill.commentary.trim()].filter(Boolean).join('\n\n');
    await db.clips.update(clipId, { ...linksWithKeys(links), kind: fill.kind, commentary, updatedAt: now });
    await placeClip(db, clipId, fill.section, Number.MAX_SAFE_INTEGER, now);
    if (draftKey !== undefined) await db.drafts.delete(draftKey);
    return before;
  });
}

/** Undo of "Fill details from this page": the item back in the Inbox as it was, and the page's draft back. */
export function undoFillInboxClip(db: RoundupDatabase, before: Clip, draft: ClipDraft, now: number = Date.now()): Promise<void> {
  return db.transaction('rw', db.clips, db.issues, db.drafts, async () => {
    await writableClip(db, before.id);
    await db.clips.update(before.id, { ...linksWithKeys(before.links), kind: before.kind, commentary: before.commentary, updatedAt: now });
    await placeClip(db, before.id, INBOX_SECTION, before.position - 1, now);
    await db.drafts.put(draft);
  });
}
