import { readHeaderParagraph } from './header-line';
import type { IssueItem } from './issue-document';
import { type Block, sourceOf } from './markdown-blocks';

/**
 * The items of a section body. Separators (any thematic break: old issues are
 * not always `----------`) cut the body into groups, and each group is:
 *
 * 1. a link item when its first block is a header paragraph (`readHeaderParagraph`);
 *    the rest of the group, verbatim, is the commentary;
 * 2. otherwise a run of briefs when every block is a paragraph, one brief each;
 * 3. otherwise one note, the whole group verbatim.
 *
 * So a single paragraph under its own separator reads as a one-brief run: it is
 * written the same either way, and a note, to be told apart, needs a block that
 * is not a paragraph (a list, a quote, a code block…). A last group without its
 * separator is still read.
 */
export function readSectionItems(body: string, blocks: readonly Block[]): IssueItem[] {
  const items: IssueItem[] = [];
  for (const group of separatedGroups(blocks)) {
    const [first, ...rest] = group;
    if (!first) continue;
    const links = first.node.type === 'paragraph' ? readHeaderParagraph(first.node, body) : null;
    if (links) items.push({ kind: 'link', links, commentary: sourceOf(body, rest) });
    else if (group.every((block) => block.node.type === 'paragraph')) {
      for (const block of group) items.push({ kind: 'brief', text: sourceOf(body, [block]) });
    } else items.push({ kind: 'note', text: sourceOf(body, group) });
  }
  return items;
}

function separatedGroups(blocks: readonly Block[]): Block[][] {
  const groups: Block[][] = [[]];
  for (const block of blocks) {
    if (block.node.type === 'thematicBreak') groups.push([]);
    else groups[groups.length - 1]?.push(block);
  }
  return groups;
}
