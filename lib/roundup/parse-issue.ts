import { splitFrontMatter } from './front-matter';
import type { IssueDocument } from './issue-document';
import { readLayout } from './issue-layout';
import { type Block, sourceOf, topLevelBlocks } from './markdown-blocks';

/** A preamble line: one HTML comment alone on its line. */
export const PREAMBLE_LINE = /^<!--(?:(?!-->).)*-->$/;

/**
 * Reads an issue written by `renderIssue` or by hand, the archive's old
 * issues included (format doc, section 5). The body is parsed once with
 * micromark (CommonMark) and every text field is sliced from the source by the
 * blocks' positions, so the editor's markdown comes back as written:
 *
 * - front matter: a leading `---` … `---` block (`splitFrontMatter`);
 * - preamble: the leading HTML blocks made only of one-line comments;
 * - intro, sections, closing and trailing blocks: `readLayout`;
 * - the items of each section: `readSectionItems`.
 *
 * An issue with no closing gets `{ heading: '', body: '' }`.
 */
export function parseIssue(markdown: string): IssueDocument {
  return readIssue(markdown, false);
}

/**
 * `parseIssue` for an issue brought in from elsewhere: the document also keeps
 * the markdown it was read from, and each item its own (see `ItemExtras`), so
 * an untouched import exports byte for byte and an amended one re-renders only
 * the items that changed.
 */
export function importIssue(markdown: string): IssueDocument {
  return { original: markdown, ...readIssue(markdown, true) };
}

function readIssue(markdown: string, keepOriginal: boolean): IssueDocument {
  const { frontMatter, body } = splitFrontMatter(markdown.replace(/\r\n?/g, '\n'));
  const blocks = topLevelBlocks(body);
  let at = 0;
  const preamble: string[] = [];
  for (let lines = commentLines(body, blocks[at]); lines; lines = commentLines(body, blocks[at])) {
    preamble.push(...lines);
    at++;
  }
  const { introEnd, sections, closing, trailingBlocks } = readLayout(body, blocks, at, keepOriginal);
  const doc: IssueDocument = { frontMatter, preamble, intro: sourceOf(body, blocks.slice(at, introEnd)), sections, closing, trailingBlocks };
  // One blank line or more before the end: kramdown's HTML ends with one more newline.
  const end = blocks[blocks.length - 1]?.end ?? 0;
  if (/\n[ \t]*\n/.test(body.slice(end))) doc.blankLineAtEnd = true;
  return doc;
}

function commentLines(body: string, block: Block | undefined): string[] | null {
  if (block?.type !== 'html') return null;
  const lines = sourceOf(body, [block])
    .split('\n')
    .map((line) => line.trim());
  return lines.every((line) => PREAMBLE_LINE.test(line)) ? lines : null;
}
