import { readdirSync, readFileSync } from 'node:fs';
import { Parser } from 'commonmark';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { outlineBlocks } from '@/lib/roundup/block-outline';
import { splitFrontMatter } from '@/lib/roundup/front-matter';

/** The top-level blocks as micromark (mdast) reads them: the outline must agree exactly. */
function micromarkBlocks(markdown: string) {
  return fromMarkdown(markdown).children.map((node) => ({
    type: node.type,
    ...(node.type === 'heading' ? { depth: node.depth } : {}),
    start: node.position?.start.offset,
    end: node.position?.end.offset,
  }));
}

const COMMONMARK_TYPES: Record<string, string> = {
  paragraph: 'paragraph',
  heading: 'heading',
  thematic_break: 'thematicBreak',
  block_quote: 'blockquote',
  list: 'list',
  code_block: 'code',
  html_block: 'html',
};

/**
 * The top-level blocks as CommonMark's reference parser (commonmark.js) reads
 * them: type, heading level, first character and last non-blank line. (It is
 * the oracle for odd mixes of lines: micromark ends a list item early after a
 * lazy HTML-looking line, where the reference parser and the outline go on.)
 */
function referenceBlocks(markdown: string) {
  const lines = markdown.split('\n');
  const lineStarts = lines.map((_, i) => lines.slice(0, i).reduce((sum, line) => sum + line.length + 1, 0));
  const blocks = [];
  for (let child = new Parser().parse(markdown).firstChild; child; child = child.next) {
    const [[startLine, startColumn], [endLine]] = child.sourcepos;
    let last = endLine - 1;
    while (last > startLine - 1 && !/\S/.test(lines[last] ?? '')) last--;
    // mdast starts an indented code block at its line's start, indentation included.
    const column = child.type === 'code_block' && !(child as unknown as { _isFenced: boolean })._isFenced ? 1 : startColumn;
    blocks.push({
      type: COMMONMARK_TYPES[child.type],
      ...(child.type === 'heading' ? { depth: child.level } : {}),
      start: (lineStarts[startLine - 1] ?? 0) + column - 1,
      lastLine: last,
    });
  }
  return blocks;
}

function lineOf(markdown: string, offset: number): number {
  return markdown.slice(0, offset).split('\n').length - 1;
}

/** Lines that start, continue, interrupt or close CommonMark blocks, in and out of containers. */
const LINES = [
  '',
  '  ',
  ' \t',
  'Some text',
  'text with two trailing spaces  ',
  'text <br/>',
  '  indented continuation',
  '[Title](https://example.com/a) - Author, Publication<br/>',
  '**[Bold](https://example.com/b)** - A',
  '# Heading',
  '## Section ##  ',
  '###### six',
  '####### seven',
  '#no space',
  '===',
  '---',
  '----------',
  '***',
  '- - -',
  '_ _ _',
  '- item',
  '-',
  '- ',
  '* star item',
  '+ plus item',
  '1. one',
  '2) two',
  '1.',
  '10. ten',
  '   - three spaces',
  '  - nested-ish',
  '    code or lazy',
  '      deep',
  '\tcode with tab',
  '-\ttab item',
  '> quote',
  '>',
  '> - quoted item',
  '> > nested',
  '   > indented quote',
  '```',
  '```js',
  '``` not `closing',
  '~~~',
  '~~~~',
  '<div>',
  '</div>',
  '<div class="x">text</div>',
  '<!-- comment -->',
  '<!--',
  '-->',
  '<script>',
  '</script>',
  '<?php',
  '?>',
  '<span>inline</span>',
  '<custom-tag attr="1">',
  '</custom>',
  '<br/>',
  '<https://example.com>',
  '| a | b |',
  '|---|---|',
  '![img](https://example.com/i.png)',
  '1) paren',
  '  1. nested one',
  '-     five spaces',
  '   ```',
  '  ~~~ info',
  '\t- tab then item',
  '>\tquote with tab',
  '- # heading in item',
  '- > quote in item',
  '- ```',
  '<table><tr><td>',
  'Setext title',
  '  ===  ',
];

describe('outlineBlocks', () => {
  it('agrees with micromark on every top-level block of the archive', { timeout: 60_000 }, () => {
    const dir = 'test/fixtures/archive';
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.md'))) {
      const { body } = splitFrontMatter(readFileSync(`${dir}/${file}`, 'utf8').replace(/\r\n?/g, '\n'));
      expect(outlineBlocks(body), file).toEqual(micromarkBlocks(body));
    }
  });

  it('agrees with micromark on texts made of block-starting, continuing and closing lines', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 14 }), fc.boolean(), (lines, finalNewline) => {
        const markdown = lines.join('\n') + (finalNewline ? '\n' : '');
        const outline = outlineBlocks(markdown).map(({ end, ...block }) => ({ ...block, lastLine: lineOf(markdown, end) }));
        expect(outline).toEqual(referenceBlocks(markdown));
      }),
      { numRuns: Number(process.env.OUTLINE_RUNS ?? 3000) },
    );
  });
});
