import { fromMarkdown } from 'mdast-util-from-markdown';
import { escapeLinkDestination, escapeLinkText } from './escape-text';
import type { HeaderForm, IssueLink } from './issue-document';
import { exportableUrl } from './link-destination';
import { type Block, type BlockNode, plainText } from './markdown-blocks';
import { oneLine } from './one-line';

type Paragraph = Extract<BlockNode, { type: 'paragraph' }>;
type Inline = Paragraph['children'][number];
type Link = Extract<Inline, { type: 'link' }>;

/** `<br>`, `<br/>`, `<br />`: old issues use the first (format doc, section 2). */
const LINE_BREAK = /^<br\s*\/?>$/i;
/**
 * What separates a link from its attribution. The house style is ` - `; the
 * archive also has `-- `, `)- `, ` — `, ` – `, `. - `, `, `, two spaces, a
 * no-break space before the dash, and a bold attribution right after the link
 * (`](…) **Will Larson**`, `](…)**, Marcus Kazmierczak**`).
 * A comma or a space run only counts before something that is not a lowercase
 * word, so `[Tufte css](…), inspired by…` stays a sentence (a brief).
 */
const ATTRIBUTION_SEPARATOR =
  /^(?:[ \t\u00a0]*\.?[ \t\u00a0]+[-–—]{1,3}(?:[ \t\u00a0]+|$)|[-–—]{1,3}[ \t\u00a0]+|,[ \t\u00a0]+(?=[^\sa-z])|[ \t\u00a0]{2,}(?=[^\s\-a-z])|[ \t]*(?=\*\*[^*\s,]|\*\*,[ \t]))/;
/**
 * A remark before the link is rare (`Minisymposia for [PASC22](…) - Basel…`);
 * a sentence that happens to hold a link and a dash is not one.
 */
const REMARK_MAX = 80;
const REMARK = new RegExp(`^[^[\\]]{1,${REMARK_MAX}}$`);
const SENTENCE_BREAK = /[.!?]["”’)]?[ \t]+[A-Z]/;
const HOUSE_LINE_END = '<br/>\n';

interface Line {
  start: number;
  end: number;
  /** The source after the line up to the next one: `<br/>\n`, two spaces and a newline… */
  joiner: string;
}

/**
 * The links of a header paragraph, or null when the paragraph is not one.
 * The paragraph, as CommonMark parsed it, is cut into lines at its `<br>` tags,
 * hard breaks and newlines. Every line holds a link (or a `**`-wrapped link):
 * text before it (a remark) only when an attribution follows; after it
 * nothing, or a separator and the attribution. Whatever differs from house
 * style is kept in the link's `form`, so the line can be written back as the
 * archive wrote it.
 *
 * A line without a link ends the header: an indented one continues the
 * attribution above it (hand-wrapped, joined into one line); any other starts
 * the commentary inside the header's paragraph, as some old issues wrote it
 * (`commentaryStart`; the last link's `form.lineEnd` keeps the line end, as
 * it keeps a `<br>` that ends the paragraph).
 */
export function readHeader(paragraph: Paragraph, source: string): { links: IssueLink[]; commentaryStart?: number } | null {
  const read: { link: IssueLink; joiner: string }[] = [];
  let commentaryStart: number | undefined;
  for (const line of linesOf(paragraph, source)) {
    const nodes = paragraph.children.filter((node) => offsets(node).start >= line.start && offsets(node).end <= line.end);
    const found = firstLink(nodes, source);
    const previous = read[read.length - 1];
    if (!found) {
      if (!previous) return null;
      // A `<br>` that ends the paragraph leaves an empty last line: the joiner stays the line end.
      if (line.start === line.end) break;
      if (/[ \t]$/.test(previous.joiner) && previous.link.attribution) {
        previous.link.attribution = `${previous.link.attribution} ${source.slice(line.start, line.end).trim()}`;
        previous.joiner = line.joiner;
        continue;
      }
      commentaryStart = line.start;
      break;
    }
    const link = readHeaderLine(found, line, source);
    if (!link) return null;
    read.push({ link, joiner: line.joiner });
  }
  const last = read[read.length - 1];
  const lineEnds = commentaryStart === undefined && !last?.joiner ? read.slice(0, -1) : read;
  for (const { link, joiner } of lineEnds) {
    if (joiner !== HOUSE_LINE_END || commentaryStart !== undefined) link.form = { ...link.form, lineEnd: joiner };
  }
  if (read.length === 0) return null;
  const links = read.map(({ link }) => link);
  return commentaryStart === undefined ? { links } : { links, commentaryStart };
}

/** The links of a header paragraph (`readHeader`), or null when it is not one. */
export function readHeaderParagraph(paragraph: Paragraph, source: string): IssueLink[] | null {
  return readHeader(paragraph, source)?.links ?? null;
}

/**
 * `readHeader` for a top-level block, answered without parsing the block's
 * inline content (most of the cost of reading an issue) when it cannot be a
 * header: a header's first line holds its link, with at most a bracket-free
 * remark (and a `**`) before it, so the block's first `[` is that link's.
 */
export function readHeaderBlock(block: Block, source: string): ReturnType<typeof readHeader> {
  if (block.type !== 'paragraph') return null;
  const bracket = source.indexOf('[', block.start);
  if (bracket < 0 || bracket >= block.end || bracket - block.start > REMARK_MAX + '**'.length) return null;
  const { node } = block;
  return node.type === 'paragraph' ? readHeader(node, source) : null;
}

/** `readHeaderParagraph` for markdown text whose first block should be the header. */
export function readHeaderText(markdown: string): IssueLink[] | null {
  const first = fromMarkdown(markdown).children[0];
  return first?.type === 'paragraph' ? readHeaderParagraph(first, markdown) : null;
}

interface FoundLink {
  link: Link;
  /** Where the link, with its `**` when bold, starts and ends. */
  start: number;
  end: number;
  strong: boolean;
}

function firstLink(nodes: readonly Inline[], source: string): FoundLink | null {
  for (const node of nodes) {
    const { start, end } = offsets(node);
    if (node.type === 'link') return { link: node, start, end, strong: false };
    const only = node.type === 'strong' && node.children.length === 1 ? node.children[0] : undefined;
    if (only?.type === 'link' && source.slice(start, start + 2) === '**' && offsets(only).start === start + 2 && offsets(only).end === end - 2) {
      return { link: only, start, end, strong: true };
    }
    if (node.type !== 'text' && node.type !== 'emphasis' && node.type !== 'strong') return null;
  }
  return null;
}

function readHeaderLine(found: FoundLink, line: Line, source: string): IssueLink | null {
  const { link } = found;
  const label = labelEnd(link, source);
  if (label === null || !exportableUrl(link.url)) return null;
  const before = source.slice(line.start, found.start);
  const after = source.slice(found.end, line.end).replace(/[ \t]+$/, '');
  // Links pasted from a document come split into pieces to the same URL
  // (`[Events](u)[ ](u)[(SORSE)](u) - …`): the pieces after the first go with the separator.
  const pieces = samePieces(after, link.url);
  const rest = ATTRIBUTION_SEPARATOR.exec(after.slice(pieces.length))?.[0];
  const separator = rest === undefined ? (pieces && pieces.length === after.length ? pieces : undefined) : pieces + rest;
  if (after && separator === undefined) return null;
  const attribution = after.slice(separator?.length ?? 0);
  if (before && (!REMARK.test(before) || !attribution || SENTENCE_BREAK.test(attribution))) return null;
  const title = oneLine(plainText(link));
  const form: HeaderForm = {};
  if (before) form.before = before;
  const text = source.slice(offsets(link).start + 1, label);
  // An empty text is kept: the document would otherwise show the URL in its place.
  if (text !== escapeLinkText(title) || !title) form.text = text;
  const destination = source.slice(label + 2, offsets(link).end - 1);
  if (destination !== escapeLinkDestination(link.url)) form.destination = destination;
  if (found.strong) form.strong = true;
  if (separator !== undefined && (separator !== ' - ' || !attribution)) form.separator = separator;
  const result: IssueLink = { title, url: link.url, attribution };
  if (Object.keys(form).length > 0) result.form = form;
  return result;
}

/** The run of `[…](url)` links to `url` that `text` starts with ('' when none). */
function samePieces(text: string, url: string): string {
  let length = 0;
  for (let piece = SPLIT_PIECE.exec(text); piece?.[1] === url; piece = SPLIT_PIECE.exec(text.slice(length))) length += piece[0].length;
  return text.slice(0, length);
}

const SPLIT_PIECE = /^\[[^[\]]*\]\(([^()\s]*)\)/;

/** Where an inline link's text ends (at its `]`), or null for a reference link. */
function labelEnd(link: Link, source: string): number | null {
  const last = link.children[link.children.length - 1];
  const end = last ? offsets(last).end : offsets(link).start + 1;
  const at = source.indexOf('](', end);
  return at >= 0 && at < offsets(link).end && !source.slice(end, at).trim() ? at : null;
}

/**
 * The lines of a paragraph: cut at `<br>` tags, hard breaks and newlines that
 * are not inside a link or emphasis (a title may wrap).
 */
function linesOf(paragraph: Paragraph, source: string): Line[] {
  const { start, end } = offsets(paragraph);
  const cuts: [number, number][] = [];
  for (const node of paragraph.children) {
    const at = offsets(node);
    if (node.type === 'break' || (node.type === 'html' && LINE_BREAK.test(node.value))) cuts.push([at.start, at.end]);
    else if (node.type === 'text') {
      for (let i = source.indexOf('\n', at.start); i >= 0 && i < at.end; i = source.indexOf('\n', i + 1)) cuts.push([i, i + 1]);
    }
  }
  const lines: Line[] = [];
  let lineStart = start;
  for (const [cutStart, cutEnd] of widened(cuts, source, end)) {
    lines.push({ start: lineStart, end: cutStart, joiner: source.slice(cutStart, cutEnd) });
    lineStart = cutEnd;
  }
  lines.push({ start: lineStart, end, joiner: '' });
  return lines;
}

/** Cuts grown over the spaces around them, and merged where only spaces part them. */
function widened(cuts: [number, number][], source: string, end: number): [number, number][] {
  const merged: [number, number][] = [];
  for (let [from, to] of cuts) {
    while (from > 0 && /[ \t]/.test(source.charAt(from - 1))) from--;
    while (to < end && /[ \t]/.test(source.charAt(to))) to++;
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  // A line break tag on the same line as the next link still ends the line;
  // a bare `<br>` followed by a newline is one joiner.
  return merged;
}

function offsets(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): { start: number; end: number } {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}
