import type { Clip, NewClip } from '../model/clip';
import { cleanUrl } from '../url/clean-url';
import { clipTitle } from './clip-summary';

/**
 * The reserved section of links clipped from a context menu, whose details are
 * still to fill (issue #13). Section names are typed and trimmed, so no section
 * of the editor's can ever be called this; the Queue shows it as "Inbox".
 */
export const INBOX_SECTION = ' Inbox';

/** What the Queue and the popup call the reserved section. */
export const INBOX_HEADING = 'Inbox';

export function inInbox(clip: Pick<Clip, 'section'>): boolean {
  return clip.section === INBOX_SECTION;
}

/** A link the editor right-clicked, as the menu saw it. */
export interface ClippedLink {
  url: string;
  /** The link's text on the page; empty for an image link, and the URL stands in. */
  text: string;
}

/** The Inbox item for a right-clicked link: its text as the title, the rest to fill. */
export function inboxClipOf(issueId: number, link: ClippedLink): NewClip {
  const url = /^https?:/i.test(link.url) ? cleanUrl(link.url) : link.url;
  const title = link.text.replace(/\s+/g, ' ').trim() || url;
  return {
    issueId,
    section: INBOX_SECTION,
    kind: 'link',
    links: [{ title, url, authors: [], source: null, attribution: '' }],
    commentary: '',
  };
}

/** The export's warning for links still in the Inbox: not sent, and carried to the next issue on Publish. */
export function inboxWarning(waiting: readonly Pick<Clip, 'links' | 'commentary'>[]): string {
  const titles = waiting.map((c) => `“${clipTitle(c)}”`).join(', ');
  const what = waiting.length === 1 ? '1 link is' : `${waiting.length} links are`;
  return `${what} still in the Inbox with details to fill, and not in this export (Publish carries them to the next issue): ${titles}.`;
}
