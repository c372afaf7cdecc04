import type { fromMarkdown } from 'mdast-util-from-markdown';

type Block = ReturnType<typeof fromMarkdown>['children'][number];
type Paragraph = Extract<Block, { type: 'paragraph' }>;
type Heading = Extract<Block, { type: 'heading' }>;
type Inline = Paragraph['children'][number];

/**
 * The mdast of paragraphs and ATX headings written in the plainest inline
 * markdown, built without micromark; null for anything else.
 *
 * micromark takes about half a millisecond for one header line, and an issue
 * of the archive has dozens: reading the archive spent most of its time there.
 * Most header lines and headings are plain: text, `[text](url)` links
 * (maybe wrapped in `**`), `<br/>` and line ends. For exactly those this gives
 * the nodes micromark gives (a test holds the two equal on every paragraph and
 * heading of the archive); any other character that could be markup
 * (`\ * _ ` < > [ ]` outside those forms, `![`, a character reference) sends
 * the block back to micromark.
 */
export function plainParagraph(source: string, start: number, end: number): Paragraph | null {
  const children = plainInlines(source, start, end);
  return children ? { type: 'paragraph', children, position: span(start, end) } : null;
}

/** A heading, ATX (`## Section`) or setext (`Section` over `---`), whose text is plain (see `plainParagraph`). */
export function plainHeading(source: string, start: number, end: number, depth: number): Heading | null {
  const block = source.slice(start, end);
  let contentStart: number;
  let contentEnd: number;
  if (block.startsWith('#')) {
    const open = /^#{1,6}[ \t]*/.exec(block)?.[0] ?? '';
    // The closing sequence: spaces then #s (or only #s after the opening), then spaces.
    const close = /(?:[ \t]+#+|^#*)[ \t]*$/.exec(block.slice(open.length))?.[0] ?? '';
    contentStart = start + open.length;
    contentEnd = end - close.length;
    if (block.includes('\n')) return null;
  } else {
    // One line of text over its underline.
    const lines = block.split('\n');
    if (lines.length !== 2) return null;
    contentStart = start;
    contentEnd = start + (lines[0] ?? '').replace(/[ \t]+$/, '').length;
  }
  if (contentEnd <= contentStart) return null;
  const children = plainInlines(source, contentStart, contentEnd);
  if (!children || children.some((child) => child.type !== 'text')) return null;
  return { type: 'heading', depth: depth as Heading['depth'], children, position: span(start, end) };
}

/** Characters that may be markup when they are not part of the forms read here. */
const MAYBE_MARKUP = /[\\*_`<>[\]]/;
const LINE_BREAK_TAG = /^<br\s*\/?>/i;
const PLAIN_LINK = /^\[([^\\*_`<>[\]\n]+)\]\(([^\s\\<>()]+)\)/;
/** A character reference (`&amp;`, `&#8212;`): an `&` that is not one is plain text. */
const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;

function plainInlines(source: string, start: number, end: number): Inline[] | null {
  if (CHARACTER_REFERENCE.test(source.slice(start, end))) return null;
  const children: Inline[] = [];
  let textStart = -1;
  const flushText = (to: number) => {
    const text = textStart >= 0 && to > textStart ? textNode(source, textStart, to) : null;
    if (text) children.push(text);
    textStart = -1;
  };
  let at = start;
  while (at < end) {
    const c = source.charAt(at);
    if (c === '[' || (c === '*' && source.startsWith('**[', at))) {
      const strong = c === '*';
      const from = strong ? at + 2 : at;
      const link = PLAIN_LINK.exec(source.slice(from, end));
      if (!link) return null;
      const linkEnd = from + link[0].length;
      if (strong && !plainStrong(source, at, linkEnd, start, end)) return null;
      flushText(at);
      const label = link[1] ?? '';
      const node: Inline = {
        type: 'link',
        url: link[2] ?? '',
        title: null,
        children: [{ type: 'text', value: label, position: span(from + 1, from + 1 + label.length) }],
        position: span(from, linkEnd),
      };
      if (strong) {
        children.push({ type: 'strong', children: [node], position: span(at, linkEnd + 2) });
        at = linkEnd + 2;
      } else {
        children.push(node);
        at = linkEnd;
      }
      continue;
    }
    if (c === '<') {
      const tag = LINE_BREAK_TAG.exec(source.slice(at, end))?.[0];
      if (!tag) return null;
      flushText(at);
      children.push({ type: 'html', value: tag, position: span(at, at + tag.length) });
      at += tag.length;
      continue;
    }
    if (MAYBE_MARKUP.test(c) || (c === '!' && source.charAt(at + 1) === '[')) return null;
    if (c === '\n') {
      // Two spaces or more before a line end are a hard break, as micromark reads them.
      let spaces = at;
      while (spaces > start && source.charAt(spaces - 1) === ' ') spaces--;
      if (at - spaces >= 2) {
        flushText(spaces);
        let next = at + 1;
        while (next < end && (source.charAt(next) === ' ' || source.charAt(next) === '\t')) next++;
        children.push({ type: 'break', position: span(spaces, at + 1) });
        at = next;
        continue;
      }
    }
    if (c === '\t') return null;
    if (textStart < 0) textStart = at;
    at++;
  }
  flushText(end);
  return children;
}

/**
 * `**` before and after a link make it strong only when they can open and
 * close emphasis: the opening at the paragraph's start or after a space, the
 * closing before a space, a line end, the end or a comma.
 */
function plainStrong(source: string, at: number, linkEnd: number, start: number, end: number): boolean {
  if (!source.startsWith('**', linkEnd)) return false;
  const before = at === start ? ' ' : source.charAt(at - 1);
  const after = linkEnd + 2 >= end ? ' ' : source.charAt(linkEnd + 2);
  return /[ \n]/.test(before) && /[ \n,]/.test(after) && source.charAt(linkEnd + 2) !== '*';
}

/**
 * A text node as micromark makes it: spaces that end a line or the paragraph
 * are not text (nor in the node's span when they open or close it), and the
 * spaces that start a continuation line are dropped from the value (and from
 * the span, when the node ends there).
 */
function textNode(source: string, from: number, to: number): Inline | null {
  while (from < to && source.charAt(from) === ' ' && /^ *\n/.test(source.slice(from, to))) from++;
  const atEnd = to === source.length || source.charAt(to) === '\n';
  let last = to;
  while (atEnd && last > from && source.charAt(last - 1) === ' ') last--;
  // Nor the indentation of a line whose text is all in the next node.
  const indented = /\n[ \t]+$/.exec(source.slice(from, last));
  if (indented) last -= indented[0].length - 1;
  if (last <= from) return null;
  const value = source.slice(from, last).replace(/ *\n */g, '\n');
  return { type: 'text', value, position: span(from, last) };
}

function span(start: number, end: number) {
  return { start: { line: 0, column: 0, offset: start }, end: { line: 0, column: 0, offset: end } };
}
