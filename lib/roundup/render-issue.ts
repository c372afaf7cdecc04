import { renderFrontMatter } from './front-matter';
import { renderHeaderLines } from './header-line';
import type { IssueDocument, IssueItem, IssueSection } from './issue-document';
import { exportableUrl } from './link-destination';
import { normaliseIssueDocument } from './normalise-issue';
import { headingMarkdown } from './written-form';

/** How `renderIssue` writes a document. */
export interface RenderOptions {
  /** Render from the structured fields alone, ignoring any kept original text. */
  fromStructure?: boolean;
}

/** The line after every link or note item and after each run of briefs. */
export const SEPARATOR = '----------';

/** A document that cannot be exported as it is; the message names the item. */
export class RoundupRenderError extends Error {
  override name = 'RoundupRenderError';
}

/**
 * The issue in the newsletter's house style (format doc): the document is
 * normalised first (`normaliseIssueDocument`), then written block by block with
 * exactly one blank line between blocks and one final newline.
 * Throws `RoundupRenderError` for a link whose URL is not http(s)/mailto, a link
 * item without links, or closing text without a closing heading.
 *
 * An imported document (`importIssue`) is written as it was imported: its
 * kept `original`, or else each item's own `original`. `fromStructure` ignores
 * both and writes every field, so tests can prove what the fields hold.
 */
export function renderIssue(input: IssueDocument, options: RenderOptions = {}): string {
  if (!options.fromStructure && input.original !== undefined) return input.original;
  const doc = normaliseIssueDocument(input);
  const fromStructure = options.fromStructure === true;
  const blocks: RenderedBlock[] = [];
  if (doc.frontMatter) blocks.push(renderFrontMatter(doc.frontMatter));
  if (doc.preamble.length > 0) blocks.push(doc.preamble.join('\n'));
  if (doc.intro) blocks.push(doc.intro);
  for (const section of doc.sections) blocks.push(...sectionBlocks(section, fromStructure));
  if (doc.closing.heading) blocks.push(maybeGlued(`## ${headingMarkdown(doc.closing.heading, doc.closing.written)}`, doc.closing.glued));
  else if (doc.closing.body) throw new RoundupRenderError('The closing text has no heading.');
  if (doc.closing.body) blocks.push(doc.closing.body);
  for (const block of doc.trailingBlocks) {
    blocks.push(maybeGlued(`${'#'.repeat(block.level)} ${headingMarkdown(block.heading, block.written)}`, block.glued));
    if (block.body) blocks.push(block.body);
  }
  return `${joinBlocks(blocks)}\n${doc.blankLineAtEnd ? '\n' : ''}`;
}

/** A block, or one written on the line right after the one above it (`Glued`). */
type RenderedBlock = string | { glued: string };

function maybeGlued(text: string, glued: boolean | undefined): RenderedBlock {
  return glued ? { glued: text } : text;
}

/** The blocks with one blank line between them, none before a glued one. */
function joinBlocks(blocks: readonly RenderedBlock[]): string {
  return blocks.map((block, i) => (typeof block === 'string' ? `${i ? '\n\n' : ''}${block}` : `${i ? '\n' : ''}${block.glued}`)).join('');
}

function sectionBlocks(section: IssueSection, fromStructure: boolean): RenderedBlock[] {
  const blocks = [maybeGlued(`## ${headingMarkdown(section.name, section.written)}`, section.glued)];
  section.items.forEach((item, index) => {
    const [first = '', ...rest] = itemBlocks(item, section.name, fromStructure);
    blocks.push(maybeGlued(first, item.glued), ...rest);
    const next = section.items[index + 1];
    // Briefs in a run share the separator written after the last of them;
    // an imported item may say otherwise (`ItemExtras`).
    if (item.separator ?? (item.kind !== 'brief' || next?.kind !== 'brief')) blocks.push(SEPARATOR);
  });
  return blocks;
}

function itemBlocks(item: IssueItem, sectionName: string, fromStructure: boolean): string[] {
  if (!fromStructure && item.original !== undefined) return [item.original];
  if (item.kind !== 'link') return [item.text];
  if (item.links.length === 0) {
    throw new RoundupRenderError(`A link item in "${sectionName}" has no links.`);
  }
  for (const link of item.links) {
    if (!exportableUrl(link.url)) {
      throw new RoundupRenderError(`"${link.title}" in "${sectionName}" links to ${JSON.stringify(link.url)}: only http, https and mailto links are exported.`);
    }
  }
  const header = renderHeaderLines(item.links);
  // A line end after the last link: a `<br>` ending the paragraph, or, with a
  // newline, the commentary going on in the header's paragraph (old issues).
  const lineEnd = item.links[item.links.length - 1]?.form?.lineEnd ?? '';
  if (lineEnd.includes('\n') && item.commentary) return [`${header}${lineEnd}${item.commentary}`];
  const lastLine = `${header}${lineEnd.replace(/\s+$/, '')}`;
  return item.commentary ? [lastLine, item.commentary] : [lastLine];
}
