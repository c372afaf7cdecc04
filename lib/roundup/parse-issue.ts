import { splitFrontMatter } from './front-matter';
import type { IssueDocument, IssueSection, TrailingBlock } from './issue-document';
import { type Block, headingDepth, plainText, sourceOf, topLevelBlocks } from './markdown-blocks';
import { readSectionItems } from './section-items';

/** A preamble line: one HTML comment alone on its line. */
export const PREAMBLE_LINE = /^<!--(?:(?!-->).)*-->$/;

/**
 * Reads an issue written by `renderIssue` or by hand (format doc). The body is
 * parsed once with micromark (CommonMark) and every text field is sliced from
 * the source by the blocks' positions, so the editor's markdown comes back as
 * written. The layout is read in this order:
 *
 * - front matter: a leading `---` … `---` block;
 * - preamble: the leading HTML blocks made only of one-line comments;
 * - intro: everything up to the first section (below); when there is none, up
 *   to the first level-2 heading. So level-2 headings before the first section
 *   are the intro's own (the archive has essays with them);
 * - sections: level-2 headings whose body holds a separator (thematic break);
 * - closing: the first level-2 heading whose body holds none (a section always
 *   ends with a separator, the closing never has one); its body runs to the
 *   next heading of any level;
 * - trailing blocks: every heading after that, whatever its level, with its body.
 *
 * An issue with no such closing gets `{ heading: '', body: '' }`.
 */
export function parseIssue(markdown: string): IssueDocument {
  const { frontMatter, body } = splitFrontMatter(markdown.replace(/\r\n?/g, '\n'));
  const blocks = topLevelBlocks(body);
  let at = 0;
  const preamble: string[] = [];
  for (let lines = commentLines(body, blocks[at]); lines; lines = commentLines(body, blocks[at])) {
    preamble.push(...lines);
    at++;
  }
  const introEnd = firstSection(blocks, at);
  const doc: IssueDocument = {
    frontMatter,
    preamble,
    intro: sourceOf(body, blocks.slice(at, introEnd)),
    sections: [],
    closing: { heading: '', body: '' },
    trailingBlocks: [],
  };
  for (let start = introEnd; start < blocks.length; ) {
    const end = nextHeading(blocks, start + 1, 'level 2');
    const content = blocks.slice(start + 1, end);
    if (!content.some((block) => block.node.type === 'thematicBreak')) {
      readClosing(doc, body, blocks.slice(start));
      break;
    }
    doc.sections.push(section(body, blocks[start], content));
    start = end;
  }
  return doc;
}

function section(body: string, heading: Block | undefined, content: Block[]): IssueSection {
  return { name: heading ? plainText(heading.node).trim() : '', items: readSectionItems(body, content) };
}

/** The closing and, after it, one trailing block per heading of any level. */
function readClosing(doc: IssueDocument, body: string, blocks: Block[]): void {
  const parts: TrailingBlock[] = [];
  for (let start = 0; start < blocks.length; ) {
    const end = nextHeading(blocks, start + 1, 'any level');
    const heading = blocks[start];
    parts.push({
      heading: heading ? plainText(heading.node).trim() : '',
      level: headingDepth(heading) ?? 2,
      body: sourceOf(body, blocks.slice(start + 1, end)),
    });
    start = end;
  }
  const [closing, ...trailing] = parts;
  if (closing) doc.closing = { heading: closing.heading, body: closing.body };
  doc.trailingBlocks = trailing;
}

/** Index of the first level-2 heading whose body holds a separator, else of the first level-2 heading. */
function firstSection(blocks: readonly Block[], from: number): number {
  const first = nextHeading(blocks, from, 'level 2');
  for (let start = first; start < blocks.length; ) {
    const end = nextHeading(blocks, start + 1, 'level 2');
    if (blocks.slice(start + 1, end).some((block) => block.node.type === 'thematicBreak')) return start;
    start = end;
  }
  return first;
}

/** Index of the first heading (of level 2, or of any level) at or after `from`. */
function nextHeading(blocks: readonly Block[], from: number, which: 'level 2' | 'any level'): number {
  for (let i = from; i < blocks.length; i++) {
    const depth = headingDepth(blocks[i]);
    if (depth !== null && (which === 'any level' || depth === 2)) return i;
  }
  return blocks.length;
}

function commentLines(body: string, block: Block | undefined): string[] | null {
  if (block?.node.type !== 'html') return null;
  const lines = sourceOf(body, [block])
    .split('\n')
    .map((line) => line.trim());
  return lines.every((line) => PREAMBLE_LINE.test(line)) ? lines : null;
}
