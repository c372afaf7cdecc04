import { fromMarkdown } from 'mdast-util-from-markdown';
import { escapeLinkDestination, escapeLinkText } from './escape-text';
import { linkDestination } from './link-destination';
import { oneLine } from './normalise-issue';

/**
 * `[Title](url).`, the text a clip filed as a brief starts with (format doc,
 * section 2), written with the link-text and destination escapers so that a
 * page title full of markup still reads as one link to the page.
 */
export function briefStarter(title: string, url: string): string {
  return `${briefLink(title, url)}.`;
}

/** The `[Title](url)` part of the starter, the link the brief must keep. */
export function briefLink(title: string, url: string): string {
  return `[${briefLinkText(title, url)}](${escapeLinkDestination(url.trim())})`;
}

function briefLinkText(title: string, url: string): string {
  return escapeLinkText(oneLine(title) || oneLine(url));
}

/**
 * Whether a brief's markdown links to `url` (a brief carries its link inline,
 * format doc section 2). URLs compare as written in the issue, percent-decoded.
 */
export function briefHasLink(text: string, url: string): boolean {
  const want = comparable(url);
  const visit = (node: MdNode): boolean =>
    (node.type === 'link' && 'url' in node && comparable(String(node.url)) === want) || ('children' in node && (node.children as MdNode[]).some(visit));
  return visit(fromMarkdown(text));
}

type MdNode = ReturnType<typeof fromMarkdown> | ReturnType<typeof fromMarkdown>['children'][number];

function comparable(url: string): string {
  const written = linkDestination(url);
  try {
    return decodeURI(written);
  } catch {
    return written;
  }
}
