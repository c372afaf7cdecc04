import { type Block, headingDepth, topLevelBlocks } from './markdown-blocks';
import { blockText } from './normalise-issue';

/** What a block-markdown field may not hold at its top level. */
export interface BlockFieldRules {
  /** 'none': no heading at all; 'level 2': no level-2 heading (ATX or setext). */
  noHeadings?: 'none' | 'level 2';
  /** No thematic break (it would read as the item separator). */
  noSeparators?: boolean;
}

/**
 * Why a block-markdown field would not come back from `parseIssue` as written,
 * or [] when it would. Beyond the rules, a field must be normalised
 * (`blockText`) and closed: a code fence or an HTML block (`<pre`, `<!--` …)
 * left open would swallow the rest of the issue.
 */
export function blockFieldProblems(text: string, rules: BlockFieldRules, field = readBlockField(text)): string[] {
  if (!text) return [];
  const problems: string[] = [];
  if (text !== blockText(text)) problems.push('has trailing spaces, blank-line runs or edge whitespace');
  if (!field.closed) problems.push('leaves a code fence or HTML block open');
  const { blocks } = field;
  const depths = blocks.map(headingDepth).filter((depth) => depth !== null);
  if (rules.noHeadings === 'none' && depths.length > 0) problems.push('has a heading');
  if (rules.noHeadings === 'level 2' && depths.includes(2)) problems.push('has a level-2 heading');
  if (rules.noSeparators && blocks.some(isSeparator)) problems.push('has a thematic break');
  return problems;
}

/**
 * The top-level blocks of a field, and whether they are closed: parsed with a
 * blank line and a separator after them, the separator must still be there.
 */
export function readBlockField(text: string): { blocks: Block[]; closed: boolean } {
  const blocks = topLevelBlocks(`${text}\n\n----------`);
  const last = blocks.pop();
  const closed = last !== undefined && isSeparator(last) && last.start === text.length + 2;
  return { blocks: closed ? blocks : topLevelBlocks(text), closed };
}

function isSeparator(block: Block): boolean {
  return block.type === 'thematicBreak';
}
