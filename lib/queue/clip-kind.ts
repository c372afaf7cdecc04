import type { Clip, ClipEdit, ClipKind, ClipLink } from '../model/clip';
import { briefStarter } from '../roundup/brief-starter';
import { escapeLinkDestination } from '../roundup/escape-text';

type KindFields = Pick<Clip, 'kind' | 'links' | 'commentary'>;

/**
 * Converting keeps the links (so it can be converted back) and rewrites only
 * the text: a brief or note must carry its link inline, so `[Title](url).`
 * is put in front unless the text already links to the page; converting back
 * to a link item takes that starter off again.
 */
export function convertKind(clip: KindFields, kind: ClipKind): ClipEdit {
  if (kind === clip.kind) return {};
  const first = clip.links[0];
  const starter = first ? briefStarter(first.title, first.url) : '';
  const text = clip.commentary.trim();
  if (kind === 'link') {
    const rest = starter && text.startsWith(starter) ? text.slice(starter.length).trim() : text;
    return { kind, commentary: rest };
  }
  if (!first || writesLinkTo(text, first.url)) return { kind };
  return { kind, commentary: text ? `${starter} ${text}` : starter };
}

/** A conversion the queue made on the editor's behalf, and the edit that undoes it. */
export interface KindConversion {
  edit: ClipEdit;
  undo: ClipEdit;
  /** For the Undo toast: "Now a brief, as Random is made of briefs." */
  message: string;
}

/**
 * Moving a clip into a section made of briefs turns a link item into a brief;
 * moving a brief into a section of link items turns it back into a link item.
 * Null when the move changes nothing (notes stay notes). `undo` restores kind
 * and text exactly as they were; the caller undoes the move itself.
 */
export function conversionForMove(clip: KindFields, toSection: string, briefSections: readonly string[]): KindConversion | null {
  const toBriefs = briefSections.includes(toSection);
  const undo: ClipEdit = { kind: clip.kind, commentary: clip.commentary };
  if (toBriefs && clip.kind === 'link' && clip.links.length > 0) {
    return { edit: convertKind(clip, 'brief'), undo, message: `Now a brief, as ${toSection} is made of briefs.` };
  }
  if (!toBriefs && clip.kind === 'brief' && clip.links.length > 0) {
    return { edit: convertKind(clip, 'link'), undo, message: `Now a link item, as ${toSection} is made of link items.` };
  }
  return null;
}

/**
 * The edit for a brief whose link the editor changed in the queue: while the
 * brief's text is still the starter of its old link, it follows the new one;
 * once the editor has written the brief, its text is theirs.
 */
export function followBriefLink(clip: KindFields, links: ClipLink[]): ClipEdit {
  const before = clip.links[0];
  const after = links[0];
  const untouched = clip.kind === 'brief' && before && clip.commentary.trim() === briefStarter(before.title, before.url);
  return untouched && after ? { links, commentary: briefStarter(after.title, after.url) } : { links };
}

/**
 * Whether the text already links to `url` as written in the issue (`](url)` or
 * `<url>`). A textual check on purpose: the queue's verbs load with the popup,
 * which must not carry the markdown parser; the export checks each brief's link
 * exactly (`briefHasLink`), so a link this misses is still caught there.
 */
function writesLinkTo(text: string, url: string): boolean {
  const written = escapeLinkDestination(url.trim());
  return text.includes(`](${written})`) || text.includes(`](<${url.trim()}>)`) || text.includes(`<${url.trim()}>`);
}
