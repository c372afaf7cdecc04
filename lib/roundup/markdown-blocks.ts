import { fromMarkdown } from 'mdast-util-from-markdown';
import { type OutlineBlock, outlineBlocks } from './block-outline';
import { plainHeading, plainParagraph } from './plain-inline';

type Root = ReturnType<typeof fromMarkdown>;
export type BlockNode = Root['children'][number];
type AnyNode = Root | BlockNode | Extract<BlockNode, { type: 'paragraph' }>['children'][number];

/** A top-level block of a markdown text and where its source lies. */
export interface Block {
  /** The block's mdast type, known without parsing its content. */
  type: BlockNode['type'];
  /** The heading level, for headings. */
  depth?: number;
  start: number;
  end: number;
  /** The block as mdast, inline content and all: parsed on first use. */
  readonly node: BlockNode;
}

/**
 * A line that may define a link reference (`[label]: url`), maybe inside a
 * quote or a list. Definitions reach across the whole text, which the
 * block-by-block reading below cannot follow, so such texts are read whole.
 */
const MAY_DEFINE = /^[ \t>*+\-\d.)]*\[/m;

/**
 * The top-level blocks of `markdown` as CommonMark sees them. Their layout
 * comes from `outlineBlocks` (block rules only, no inline parsing: reading the
 * archive whole with micromark took seconds); a block's mdast node, for those
 * who need its inline content, is read when first asked for: by
 * `plainParagraph`/`plainHeading` when it is plain, otherwise by micromark.
 */
export function topLevelBlocks(markdown: string): Block[] {
  if (markdown.includes(']:') && MAY_DEFINE.test(markdown)) {
    return fromMarkdown(markdown).children.map((node) => ({
      node,
      type: node.type,
      ...(node.type === 'heading' ? { depth: node.depth } : {}),
      start: node.position?.start.offset ?? 0,
      end: node.position?.end.offset ?? 0,
    }));
  }
  return outlineBlocks(markdown).map((outline) => {
    let node: BlockNode | undefined;
    return {
      ...outline,
      get node() {
        node ??= parsedBlock(markdown, outline);
        return node;
      },
    };
  });
}

/**
 * One block parsed on its own, from the start of its line (so indentation
 * counts as it did in the whole text), with offsets into the whole text.
 */
function parsedBlock(markdown: string, block: OutlineBlock): BlockNode {
  const plain =
    block.type === 'paragraph'
      ? plainParagraph(markdown, block.start, block.end)
      : block.type === 'heading'
        ? plainHeading(markdown, block.start, block.end, block.depth ?? 1)
        : null;
  if (plain) return plain;
  const lineStart = markdown.lastIndexOf('\n', block.start - 1) + 1;
  const node = fromMarkdown(markdown.slice(lineStart, block.end)).children[0];
  if (!node) throw new Error(`No ${block.type} where the outline found one`);
  shiftOffsets(node, lineStart);
  return node;
}

function shiftOffsets(node: AnyNode, by: number): void {
  if (node.position) {
    if (node.position.start.offset !== undefined) node.position.start.offset += by;
    if (node.position.end.offset !== undefined) node.position.end.offset += by;
  }
  if ('children' in node) for (const child of node.children as AnyNode[]) shiftOffsets(child, by);
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
  return block?.type === 'heading' ? (block.depth ?? null) : null;
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
