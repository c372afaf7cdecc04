import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { outlineBlocks } from '@/lib/roundup/block-outline';
import { splitFrontMatter } from '@/lib/roundup/front-matter';
import { topLevelBlocks } from '@/lib/roundup/markdown-blocks';
import { plainHeading, plainParagraph } from '@/lib/roundup/plain-inline';
import { readHeader, readHeaderBlock } from '@/lib/roundup/read-header-lines';

interface Shape {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  start?: number;
  end?: number;
  children?: Shape[];
}

/** A node's type, text, URL, level and offsets, its children likewise: what readers of an issue use. */
function shape(node: unknown): Shape {
  const n = node as Shape & { position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[] };
  return {
    type: n.type,
    ...(n.value !== undefined ? { value: n.value } : {}),
    ...(n.url !== undefined ? { url: n.url } : {}),
    ...(n.depth !== undefined ? { depth: n.depth } : {}),
    start: n.position?.start.offset,
    end: n.position?.end.offset,
    ...(n.children ? { children: n.children.map(shape) } : {}),
  };
}

const archive = readdirSync('test/fixtures/archive')
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ name, body: splitFrontMatter(readFileSync(`test/fixtures/archive/${name}`, 'utf8')).body }));

describe('plainParagraph and plainHeading', () => {
  it('give micromark’s nodes for every plain paragraph and heading of the archive, and take most of them', { timeout: 120_000 }, () => {
    let plain = 0;
    let all = 0;
    for (const { name, body } of archive) {
      const nodes = fromMarkdown(body).children;
      outlineBlocks(body).forEach((block, i) => {
        if (block.type !== 'paragraph' && block.type !== 'heading') return;
        all++;
        const read = block.type === 'paragraph' ? plainParagraph(body, block.start, block.end) : plainHeading(body, block.start, block.end, block.depth ?? 1);
        if (!read) return;
        plain++;
        expect(shape(read), `${name} at ${block.start}`).toEqual(shape(nodes[i]));
      });
    }
    expect(plain / all).toBeGreaterThan(0.85);
  });

  const piece = fc.constantFrom(
    '[Title](https://example.com/a?b=1&c=2)',
    '[Another title: with words!](https://example.org/x_y)',
    '**[Strong](https://example.com/s)**',
    ' - ',
    ' -- ',
    ', ',
    'Jane Doe, The Publication',
    'AT&T',
    '&amp;',
    '<br/>',
    '<br>',
    '<br />',
    '<b>',
    '\n',
    '  \n',
    ' \n',
    '\n  ',
    'plain words',
    '*emphasis*',
    '_under_',
    'snake_case',
    '`code`',
    '![img](https://example.com/i.png)',
    '[ref]',
    'wow!',
    '\\*',
    '**',
    ' ',
    '\t',
  );

  it('give micromark’s nodes, or decline, for paragraphs made of header pieces', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const [block] = outlineBlocks(text);
        if (block?.type !== 'paragraph' || outlineBlocks(text).length !== 1) return;
        const read = plainParagraph(text, block.start, block.end);
        if (read) expect(shape(read)).toEqual(shape(fromMarkdown(text).children[0]));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('readHeaderBlock', () => {
  it('reads every paragraph of the archive as readHeader does on micromark’s node', { timeout: 120_000 }, () => {
    for (const { name, body } of archive) {
      const nodes = fromMarkdown(body).children;
      topLevelBlocks(body).forEach((block, i) => {
        const node = nodes[i];
        const want = node?.type === 'paragraph' ? readHeader(node, body) : null;
        expect(readHeaderBlock(block, body), `${name} at ${block.start}`).toEqual(want);
      });
    }
  });
});
