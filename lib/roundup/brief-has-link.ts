import { fromMarkdown } from 'mdast-util-from-markdown';
import { linkDestination } from './link-destination';

// Kept apart from the brief starter: it parses markdown, and the popup's
// first screen (which writes starters) must not carry the parser.

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
