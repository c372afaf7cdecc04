import { fromMarkdown } from 'mdast-util-from-markdown';

type Root = ReturnType<typeof fromMarkdown>;
export type BlockNode = Root['children'][number];
type AnyNode = Root | BlockNode | Extract<BlockNode, { type: 'paragraph' }>['children'][number];

/** A top-level block of a markdown text and where its source lies. */
export interface Block {
  node: BlockNode;
  start: number;
  end: number;
}

/** The top-level blocks of `markdown` as CommonMark (micromark) sees them. */
export function topLevelBlocks(markdown: string): Block[] {
  return fromMarkdown(markdown).children.map((node) => ({
    node,
    start: node.position?.start.offset ?? 0,
    end: node.position?.end.offset ?? 0,
  }));
}

/** The source text of a run of blocks, from the first one's start to the last one's end. */
export function sourceOf(markdown: string, blocks: readonly Block[]): string {
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  return first && last ? markdown.slice(first.start, last.end) : '';
}

/** Text as readers see it: text, code and entity values, image alts; markup dropped. */
export function plainText(node: AnyNode): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  if ('children' in node) return (node.children as AnyNode[]).map(plainText).join('');
  return '';
}

/** The heading level of a block, or null when it is not a heading. */
export function headingDepth(block: Block | undefined): number | null {
  return block?.node.type === 'heading' ? block.node.depth : null;
}

/** Whether a block starts on the line right after the text above it, with no blank line between. */
export function gluedToPrevious(markdown: string, block: Block): boolean {
  // Scans back over the whitespace only: a regex over the whole prefix would
  // make reading an issue quadratic.
  let newlines = 0;
  for (let i = block.start - 1; i >= 0; i--) {
    const c = markdown.charAt(i);
    if (c === '\n') newlines++;
    else if (c !== ' ' && c !== '\t' && c !== '\r') return newlines < 2;
  }
  return false;
}
