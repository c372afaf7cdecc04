import fc from 'fast-check';
import {
  type FrontMatter,
  type IssueDocument,
  type IssueItem,
  type IssueLink,
  type IssueSection,
  isValidIssueDocument,
  normaliseIssueDocument,
  type TrailingBlock,
} from '@/lib/roundup';

/** Markdown metacharacters, entities, unicode (emoji, RTL, combining marks) and odd whitespace. */
const NASTY = [
  '[',
  ']',
  '(',
  ')',
  '*',
  '_',
  '\\',
  '`',
  '#',
  '>',
  '-',
  '|',
  '<',
  '>',
  '!',
  '~',
  '&',
  '$',
  '{',
  '}',
  '^',
  ':',
  '"',
  "'",
  '&amp;',
  '&copy;',
  '&#35;',
  '$$',
  '{:.x}',
  '](',
  '***',
  '---',
  '<b>',
  '<br>',
  '<!--',
  '-->',
  '```',
  '*et al*',
  '\\*',
  '😀',
  '👩‍💻',
  'שלום',
  'مرحبا',
  'e\u0301',
  '\u200f',
  '\u00a0',
  '\u3000',
  ' ',
  '  ',
  '\t',
  '\n',
  'Bo',
  'Chen',
  'x_y',
  'a',
  '1.',
  '%20',
];
const WORDS = ['Hi', 'team', 'Smith', 'argues', 'data', 'HPC', 'RSE', 'notes', 'Ünïcödé', 'שלום'];

const nasty = (max: number) => fc.array(fc.constantFrom(...NASTY), { maxLength: max }).map((t) => t.join(''));
const word = fc.constantFrom(...WORDS);

/** Inline markdown that cannot start a block: a word first, then anything on the same line. */
const inline = fc
  .tuple(word, fc.array(fc.oneof(nasty(4), fc.constantFrom('[link](https://example.com/x)', '`code`', '*em*', '**strong**')), { maxLength: 5 }))
  .map(([first, rest]) => `${first} ${rest.join(' ').replace(/\n/g, ' ')}`);

const paragraph = fc.array(inline, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));
const list = fc
  .tuple(inline, inline, fc.option(inline, { nil: undefined }))
  .map(([a, b, nested]) => `- ${a}\n- ${b}${nested === undefined ? '' : `\n  - ${nested}`}`);
const quote = fc.tuple(inline, fc.option(inline, { nil: undefined })).map(([a, b]) => `> ${a}${b ? `\n>\n> - ${b}` : ''}`);
const code = fc
  .tuple(fc.constantFrom('```', '~~~'), fc.array(fc.oneof(nasty(5), fc.constantFrom('----------', '## not a heading', '<!--')), { maxLength: 3 }))
  .map(([fence, lines]) => `${fence}\n${lines.map((l) => l.replace(/[`~\n]/g, '')).join('\n')}\n${fence}`);
const image = inline.map((alt) => `![${alt.replace(/[[\]\\\n]/g, '')}](https://img.example.org/a.png)`);
const nonParagraph = fc.oneof(
  list,
  quote,
  code,
  image.map((i) => `> ${i}`),
  fc.constant('<div>\nraw *html*\n</div>'),
);
const heading3 = inline.map((text) => `### ${text}`);

const blocks = (arb: fc.Arbitrary<string>, max: number) => fc.array(arb, { maxLength: max }).map((parts) => parts.join('\n\n'));

const url = fc
  .tuple(fc.constantFrom('https://', 'http://', 'HTTPS://', 'mailto:'), fc.constantFrom('example.org', 'xn--bcher-kva.example', 'a.b'), nasty(6))
  .map(([scheme, host, path]) => (scheme === 'mailto:' ? `mailto:ed${path}@${host}` : `${scheme}${host}/${path}`));

/** Attributions are the editor's inline markdown: anything but a line break tag or a final backslash. */
const attribution = nasty(6).map((a) => a.replace(/<br>/g, '<b>').replace(/\\+\s*$/, ''));
const link: fc.Arbitrary<IssueLink> = fc.record({ title: nasty(10), url, attribution });

const item: fc.Arbitrary<IssueItem> = fc.oneof(
  fc.record({
    kind: fc.constant('link' as const),
    links: fc.array(link, { minLength: 1, maxLength: 3 }),
    commentary: blocks(fc.oneof(paragraph, nonParagraph, heading3), 3),
  }),
  fc.record({ kind: fc.constant('brief' as const), text: paragraph }),
  fc.record({
    kind: fc.constant('note' as const),
    text: fc.tuple(blocks(paragraph, 2), nonParagraph).map(([p, n]) => (p ? `${p}\n\n${n}` : n)),
  }),
);

const heading = fc.tuple(word, nasty(4)).map(([w, rest]) => `${w}${rest}`);
const section: fc.Arbitrary<IssueSection> = fc.record({ name: heading, items: fc.array(item, { minLength: 1, maxLength: 4 }) });

const frontMatter: fc.Arbitrary<FrontMatter> = fc.record(
  {
    title: nasty(8),
    subtitle: nasty(8),
    date: fc.date({ min: new Date('2019-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    layout: fc.constantFrom('email', 'post'),
    heroImg: fc.constantFrom('https://img.example.org/hero.png', 'https://img.example.org/a b.png'),
    extra: fc.subarray([
      ['permalink', '/131/'],
      ['tags', '\n  - hpc\n  - rse'],
      ['draft', 'false'],
    ] as [string, string][]),
  },
  { requiredKeys: ['title', 'subtitle', 'date', 'layout', 'extra'] },
);

const trailingBlock: fc.Arbitrary<TrailingBlock> = fc.record({
  heading,
  level: fc.integer({ min: 1, max: 6 }),
  body: blocks(fc.oneof(paragraph, nonParagraph), 2),
});

/** Any document, nasty inside; most but not all normalise to valid ones. */
export const anyIssueDocument: fc.Arbitrary<IssueDocument> = fc.record({
  frontMatter: fc.option(frontMatter, { nil: null }),
  preamble: fc.subarray(['<!-- markdownlint-disable MD033 -->', '<!-- markdownlint-disable MD049 -->', '<!-- a -- b -->']),
  intro: blocks(fc.oneof(paragraph, nonParagraph, heading3), 3),
  sections: fc.array(section, { maxLength: 3 }),
  closing: fc.record({ heading: nasty(4).map((h) => `That’s it ${h}`), body: blocks(paragraph, 2) }),
  trailingBlocks: fc.array(trailingBlock, { maxLength: 2 }),
});

/** Valid documents only: the generated ones, normalised, that pass `isValidIssueDocument`. */
export const validIssueDocument: fc.Arbitrary<IssueDocument> = anyIssueDocument.map(normaliseIssueDocument).filter(isValidIssueDocument);
