import { fromMarkdown } from 'mdast-util-from-markdown';
import { readBlockField } from './block-field-problems';
import { headingDepth } from './markdown-blocks';
import { blockText } from './normalise-issue';

type Root = ReturnType<typeof fromMarkdown>;
type Node = Root | Root['children'][number];

/** Containers whose children are blocks: an `html` node there is an HTML block, not inline HTML. */
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem']);
/** kramdown's `{::comment}`, `{::nomarkdown}`…: a kramdown-only block or span that can swallow text. */
const KRAMDOWN_EXTENSION = /(?<!\\)\{::/g;
const FENCE_OPENING = /^ {0,3}(`{3,}|~{3,})/;
/** What any neutralising starts from; text without it is left as it is, unparsed (most commentary). */
const MAY_NEED_NEUTRALISING = /<|\{::|`{3}|~{3}/;
/** Definitions kramdown applies to the whole issue (footnotes, moved to its end; abbreviations). */
const DOCUMENT_DEFINITION = /^ {0,3}(?:\[\^[^\]\n]+\]|\*\[[^\]\n]+\]):/m;

/**
 * The editor's markdown (commentary, a note, a brief, the intro) as it is
 * exported: their markdown, made unable to change the issue's shape where that
 * can be done without changing what readers see (README, "Commentary that
 * cannot change the issue's shape"):
 *
 * - an HTML block (`<div>`, `<pre>`, `<!--` at a block start) and an inline
 *   `<!--` get a backslash before their `<`, so they show as typed: kramdown and
 *   CommonMark disagree on where HTML blocks end, and an unclosed one swallows
 *   the rest of the issue;
 * - kramdown extensions (`{::comment}`) get a backslash before their `{`;
 * - a code fence left open at the end of the text is closed there, which is
 *   where CommonMark's own preview of the field ends it; a fence right after a
 *   line of text gets a blank line before it, where CommonMark sees one anyway.
 *
 * Idempotent. What it cannot make safe is reported by `commentaryProblems`.
 */
export function neutraliseCommentary(text: string): string {
  const tidy = blockText(text);
  if (!MAY_NEED_NEUTRALISING.test(tidy)) return tidy;
  // Escaping one HTML block can let the next line start another (`<div>` interrupts
  // a paragraph): repeat until none is left, at most once per line.
  let escaped = tidy;
  for (let round = 0; round <= tidy.split('\n').length; round++) {
    const offsets = escapeOffsets(escaped);
    if (offsets.length === 0) break;
    escaped = insertBackslashes(escaped, offsets);
  }
  return closeOpenFence(fencesOnTheirOwn(escaped));
}

/**
 * What in the editor's markdown would still change the issue's shape once
 * neutralised, in the editor's words; [] when nothing would. `where` says which
 * field it is ('intro' may hold level-2 headings of its own).
 */
export function commentaryProblems(text: string, where: 'item' | 'intro' = 'item'): string[] {
  const safe = neutraliseCommentary(text);
  if (!safe) return [];
  const problems: string[] = [];
  const { blocks, closed } = readBlockField(safe);
  if (!closed) problems.push('leaves a code block or quote open, which would swallow the rest of the issue');
  if (where === 'item' && blocks.some((block) => headingDepth(block) === 2)) {
    problems.push('has a level-2 heading (“## …”, or a line underlined with ---), which would start a new section: use ### or bold instead');
  }
  if (where === 'item' && blocks.some((block) => block.type === 'thematicBreak')) {
    problems.push('has a line of ---, *** or ___ on its own, which would end the item there: remove it');
  }
  if (DOCUMENT_DEFINITION.test(safe) && DOCUMENT_DEFINITION.test(withoutCode(safe))) {
    problems.push('defines a footnote or abbreviation ([^…]: or *[…]:), which kramdown applies to the whole issue');
  }
  return problems;
}

function escapeOffsets(text: string): number[] {
  const offsets: number[] = [];
  const visit = (node: Node, parent: Node | null) => {
    const start = node.position?.start.offset;
    if (node.type === 'html' && start !== undefined) {
      const isBlock = parent !== null && FLOW_PARENTS.has(parent.type);
      if (isBlock || node.value.startsWith('<!--')) offsets.push(start);
    }
    if (node.type === 'text' && start !== undefined) {
      const end = node.position?.end.offset ?? start;
      for (const match of text.slice(start, end).matchAll(KRAMDOWN_EXTENSION)) offsets.push(start + match.index);
    }
    if ('children' in node) for (const child of node.children) visit(child as Node, node);
  };
  visit(fromMarkdown(text), null);
  return offsets;
}

function insertBackslashes(text: string, offsets: number[]): string {
  let result = text;
  for (const at of [...new Set(offsets)].sort((a, b) => b - a)) result = `${result.slice(0, at)}\\${result.slice(at)}`;
  return result;
}

/**
 * A blank line before every top-level code fence that follows a line of text.
 * CommonMark ends a quote or list there anyway; kramdown would read the fence as
 * a lazy line of the quote and what the fence hid (`<pre>`) as markup.
 */
function fencesOnTheirOwn(text: string): string {
  const starts = fromMarkdown(text)
    .children.filter((node) => node.type === 'code' && FENCE_OPENING.test(text.slice(node.position?.start.offset ?? 0)))
    .map((node) => node.position?.start.offset ?? 0)
    .filter((start) => start > 1 && text[start - 1] === '\n' && text[start - 2] !== '\n');
  let result = text;
  for (const at of starts.reverse()) result = `${result.slice(0, at)}\n${result.slice(at)}`;
  return result;
}

/** A top-level fenced code block that runs to the end of the text unclosed gets its closing fence. */
function closeOpenFence(text: string): string {
  const last = fromMarkdown(text).children.at(-1);
  if (last?.type !== 'code' || last.position?.end.offset !== text.length) return text;
  const source = text.slice(last.position.start.offset);
  const fence = FENCE_OPENING.exec(source)?.[1];
  if (!fence) return text;
  const lines = source.split('\n');
  const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
  return lines.length > 1 && closing.test(lines[lines.length - 1] ?? '') ? text : `${text}\n${fence}`;
}

/** The text with code blocks and code spans blanked, so definitions are only looked for in prose. */
function withoutCode(text: string): string {
  let result = text;
  const visit = (node: Node) => {
    if ((node.type === 'code' || node.type === 'inlineCode') && node.position) {
      const { start, end } = node.position;
      const start0 = start.offset ?? 0;
      const end0 = end.offset ?? 0;
      result = result.slice(0, start0) + result.slice(start0, end0).replace(/[^\n]/g, ' ') + result.slice(end0);
    }
    if ('children' in node) for (const child of node.children) visit(child as Node);
  };
  visit(fromMarkdown(text));
  return result;
}
