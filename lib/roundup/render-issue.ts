import { escapeHeading } from './escape-text';
import { renderFrontMatter } from './front-matter';
import { renderHeaderLines } from './header-line';
import type { IssueDocument, IssueItem, IssueSection } from './issue-document';
import { exportableUrl } from './link-destination';
import { normaliseIssueDocument } from './normalise-issue';

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
 */
export function renderIssue(input: IssueDocument): string {
  const doc = normaliseIssueDocument(input);
  const blocks: string[] = [];
  if (doc.frontMatter) blocks.push(renderFrontMatter(doc.frontMatter));
  if (doc.preamble.length > 0) blocks.push(doc.preamble.join('\n'));
  if (doc.intro) blocks.push(doc.intro);
  for (const section of doc.sections) blocks.push(...sectionBlocks(section));
  if (doc.closing.heading) blocks.push(`## ${escapeHeading(doc.closing.heading)}`);
  else if (doc.closing.body) throw new RoundupRenderError('The closing text has no heading.');
  if (doc.closing.body) blocks.push(doc.closing.body);
  for (const block of doc.trailingBlocks) {
    blocks.push(`${'#'.repeat(block.level)} ${escapeHeading(block.heading)}`);
    if (block.body) blocks.push(block.body);
  }
  return `${blocks.join('\n\n')}\n`;
}

function sectionBlocks(section: IssueSection): string[] {
  const blocks = [`## ${escapeHeading(section.name)}`];
  section.items.forEach((item, index) => {
    blocks.push(...itemBlocks(item, section.name));
    const next = section.items[index + 1];
    // Briefs in a run share the separator written after the last of them.
    if (item.kind !== 'brief' || next?.kind !== 'brief') blocks.push(SEPARATOR);
  });
  return blocks;
}

function itemBlocks(item: IssueItem, sectionName: string): string[] {
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
  return item.commentary ? [header, item.commentary] : [header];
}
