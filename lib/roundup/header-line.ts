import { fromMarkdown } from 'mdast-util-from-markdown';
import { escapeLinkDestination, escapeLinkText } from './escape-text';
import type { IssueLink } from './issue-document';
import { type BlockNode, plainText } from './markdown-blocks';

type Paragraph = Extract<BlockNode, { type: 'paragraph' }>;
type Inline = Paragraph['children'][number];

/** `<br>`, `<br/>`, `<br />`: old issues use the first (format doc, section 2). */
const LINE_BREAK = /^<br\s*\/?>$/i;
/** What separates a link from its attribution; old issues sometimes use a dash. */
const ATTRIBUTION_SEPARATOR = /^\s+[-–—](?:\s+([\s\S]*))?$/;

/** `[title](url) - attribution` lines, every one but the last ending in `<br/>`. */
export function renderHeaderLines(links: readonly IssueLink[]): string {
  return links
    .map(({ title, url, attribution }) => {
      const link = `[${escapeLinkText(title)}](${escapeLinkDestination(url)})`;
      return attribution ? `${link} - ${attribution}` : link;
    })
    .join('<br/>\n');
}

/**
 * The links of a header paragraph, or null when the paragraph is not one. The
 * paragraph is taken as CommonMark parsed it, whole, and cut at its line break
 * tags (or hard breaks): each piece must be a link, optionally followed by
 * ` - attribution`. So an attribution that opens something the next line closes
 * (an HTML comment, a code span, emphasis) hides the break, and the paragraph
 * is not read as a header, just as a CommonMark renderer would not show one.
 * A hand-wrapped attribution is joined into one line.
 */
export function readHeaderParagraph(paragraph: Paragraph, source: string): IssueLink[] | null {
  const links: IssueLink[] = [];
  let piece: Inline[] = [];
  for (const node of [...paragraph.children, null]) {
    if (node && !isLineBreak(node)) {
      piece.push(node);
      continue;
    }
    const link = readHeaderLine(piece, source);
    if (!link) return null;
    links.push(link);
    piece = [];
  }
  return links;
}

/** `readHeaderParagraph` for markdown text whose first block should be the header. */
export function readHeaderText(markdown: string): IssueLink[] | null {
  const first = fromMarkdown(markdown).children[0];
  return first?.type === 'paragraph' ? readHeaderParagraph(first, markdown) : null;
}

function isLineBreak(node: Inline): boolean {
  return node.type === 'break' || (node.type === 'html' && LINE_BREAK.test(node.value));
}

function readHeaderLine(piece: Inline[], source: string): IssueLink | null {
  const start = piece.findIndex((node) => !(node.type === 'text' && !node.value.trim()));
  const link = piece[start];
  const last = piece[piece.length - 1];
  if (link?.type !== 'link' || !link.position || !last?.position) return null;
  const after = source.slice(link.position.end.offset, last.position.end.offset).trimEnd();
  const separated = ATTRIBUTION_SEPARATOR.exec(after);
  if (after !== '' && !separated) return null;
  const attribution = (separated?.[1] ?? '').replace(/\s*\n\s*/g, ' ').trim();
  return { title: plainText(link).trim(), url: link.url, attribution };
}
