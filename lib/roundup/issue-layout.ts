import { escapeHeading } from './escape-text';
import type { IssueSection, TrailingBlock } from './issue-document';
import { type Block, gluedToPrevious, headingDepth, plainText, sourceOf } from './markdown-blocks';
import { readHeaderBlock } from './read-header-lines';
import { readSectionItems } from './section-items';

/**
 * The closing heading, by name: "That’s it…" from issue #92 on, "That's it..."
 * in a few earlier ones. Telling it by name rather than by shape matters: old
 * sections lack separators and intro essays have their own headings, and
 * either used to pass for the closing and turn the rest into trailing text.
 */
export const CLOSING_HEADING = /^that[’']s it\b/i;

export interface Layout {
  introEnd: number;
  sections: IssueSection[];
  closing: { heading: string; body: string; written?: string };
  trailingBlocks: TrailingBlock[];
}

/**
 * Reads the blocks after the preamble (`from`):
 * - intro: up to the first level-2 heading whose body holds a separator or a
 *   header paragraph (an intro essay's own `##` headings have neither), or the closing;
 * - sections: every level-2 heading from there to the closing (ATX or setext);
 * - closing: the level-2 heading named like "That’s it…", its body running to
 *   the next heading of any level (so it may hold a bold "About" paragraph and
 *   the separator before the Jobs block);
 * - trailing blocks: every heading after that, whatever its level, with its body.
 */
export function readLayout(body: string, blocks: readonly Block[], from: number, keepOriginal: boolean): Layout {
  const level2 = blocks.flatMap((block, i) => (i >= from && headingDepth(block) === 2 ? [i] : []));
  const closingAt = level2.find((i) => CLOSING_HEADING.test(headingText(blocks[i])));
  const sectionHeadings = level2.filter((i) => closingAt === undefined || i < closingAt);
  const bodyEnd = (at: number) => sectionHeadings.find((i) => i > at) ?? closingAt ?? blocks.length;
  const firstSection = sectionHeadings.findIndex((i) => holdsItems(body, blocks.slice(i + 1, bodyEnd(i))));
  const headings = firstSection < 0 ? [] : sectionHeadings.slice(firstSection);
  const layout: Layout = {
    introEnd: headings[0] ?? closingAt ?? blocks.length,
    sections: headings.map((i) => ({
      name: headingText(blocks[i]),
      ...writtenHeading(body, blocks[i]),
      items: readSectionItems(body, blocks.slice(i + 1, bodyEnd(i)), keepOriginal),
    })),
    closing: { heading: '', body: '' },
    trailingBlocks: [],
  };
  if (closingAt !== undefined) readClosing(layout, body, blocks.slice(closingAt));
  return layout;
}

function holdsItems(body: string, blocks: readonly Block[]): boolean {
  return blocks.some((block) => block.type === 'thematicBreak' || readHeaderBlock(block, body) !== null);
}

/** The closing and, after it, one trailing block per heading of any level. */
function readClosing(layout: Layout, body: string, blocks: readonly Block[]): void {
  const parts: TrailingBlock[] = [];
  for (let start = 0; start < blocks.length; ) {
    let end = start + 1;
    while (end < blocks.length && headingDepth(blocks[end]) === null) end++;
    const heading = blocks[start];
    parts.push({
      heading: headingText(heading),
      ...writtenHeading(body, heading),
      level: headingDepth(heading) ?? 2,
      body: sourceOf(body, blocks.slice(start + 1, end)),
    });
    start = end;
  }
  const [closing, ...trailing] = parts;
  if (closing) {
    const { level: _, ...rest } = closing;
    layout.closing = rest;
  }
  layout.trailingBlocks = trailing;
}

function headingText(block: Block | undefined): string {
  return block ? plainText(block.node).trim() : '';
}

/** The heading's inline markdown when the house style would write it differently (`_sure_`). */
function writtenHeading(body: string, block: Block | undefined): { written?: string; glued?: boolean } {
  if (block?.type !== 'heading' || block.node.type !== 'heading') return {};
  const glued = gluedToPrevious(body, block) ? { glued: true } : {};
  const { children } = block.node;
  const first = children[0]?.position?.start.offset;
  const last = children[children.length - 1]?.position?.end.offset;
  if (first === undefined || last === undefined) return glued;
  const written = body.slice(first, last);
  return written === escapeHeading(headingText(block)) ? glued : { written, ...glued };
}
