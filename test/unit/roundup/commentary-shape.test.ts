// Issue #9, deliverable 2: commentary is the editor's markdown but cannot change the
// issue's shape. Generated commentary, neutralised; whatever commentaryProblems lets
// through must keep every section, item, closing and About in place, in CommonMark
// (parseIssue) and in kramdown (GFM, as the archive renders).

import { HtmlRenderer, Parser } from 'commonmark';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { type IssueDocument, issueDocumentProblems, normaliseIssueDocument, parseIssue, renderIssue } from '@/lib/roundup';
import { commentaryProblems, neutraliseCommentary } from '@/lib/roundup/commentary';
import { splitFrontMatter } from '@/lib/roundup/front-matter';
import { kramdownGfmHtml, kramdownSkipReason, skipKramdown } from '@/test/support/kramdown';

const LINES = [
  '## Background',
  'Background',
  '----------',
  '---',
  '===',
  '* * *',
  '___',
  '<!--',
  '-->',
  '<!-- closed -->',
  '<div>',
  '</div>',
  '<pre>',
  '</pre>',
  '<script>',
  '<span>x',
  '<br/>',
  '```',
  '```js',
  '~~~',
  '{::comment}',
  '{:/comment}',
  '{:.note}',
  '> quote',
  '> ## quoted heading',
  '- item',
  '  - nested',
  '1. one',
  '*em* and **strong**',
  '[link](https://example.com/x)',
  '`code <!--`',
  '# h1',
  '### h3',
  '    indented',
  '$$',
  '^',
  '| a | b |',
  '|---|---|',
  ': def',
  '[^1]: note',
  'Text with a [^1]',
  '',
  '',
];

const editorText = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 8 }).map((lines) => `Opening words.\n\n${lines.join('\n')}`);

/** An issue whose every item carries generated commentary; the closing and About come last. */
function issueWith(commentaries: string[]): IssueDocument {
  return normaliseIssueDocument({
    frontMatter: null,
    preamble: [],
    intro: 'Hi!',
    sections: [
      {
        name: 'First',
        items: commentaries.map((commentary, i) => ({
          kind: 'link',
          links: [{ title: `T${i}`, url: `https://example.com/${i}`, attribution: 'A' }],
          commentary,
        })),
      },
      { name: 'Second', items: [{ kind: 'link', links: [{ title: 'Last', url: 'https://example.com/last', attribution: 'B' }], commentary: 'Fine.' }] },
    ],
    closing: { heading: 'That’s it…', body: 'Closing words.' },
    trailingBlocks: [{ heading: 'About This Newsletter', level: 3, body: 'About words.' }],
  });
}

/** The top-level shape of the rendered page: headings by level and text, separators, and the last paragraph. */
function shape(html: string): { h2: string[]; hr: number; last: string } {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const top = [...document.body.children];
  return {
    h2: top.filter((e) => e.tagName === 'H2').map((e) => (e.textContent ?? '').trim()),
    hr: top.filter((e) => e.tagName === 'HR').length,
    last: (top.at(-1)?.textContent ?? '').trim(),
  };
}

const SAMPLE = fc.sample(fc.array(editorText, { minLength: 1, maxLength: 3 }), { numRuns: 400, seed: 92 });
const accepted = SAMPLE.map((texts) => texts.map(neutraliseCommentary)).filter((texts) => texts.every((t) => commentaryProblems(t).length === 0));

describe('commentary that passes commentaryProblems cannot change the issue’s shape', () => {
  it('leaves enough generated cases to mean something', () => {
    expect(accepted.length).toBeGreaterThan(60);
  });

  it('neutralising is idempotent and reports the same problems', () => {
    for (const texts of SAMPLE.slice(0, 120)) {
      for (const text of texts) {
        const once = neutraliseCommentary(text);
        expect(neutraliseCommentary(once)).toBe(once);
        expect(commentaryProblems(once)).toEqual(commentaryProblems(text));
      }
    }
  }, 60_000);

  it('reads back as the same document (CommonMark, parseIssue)', () => {
    for (const texts of accepted) {
      const doc = issueWith(texts);
      expect(issueDocumentProblems(doc), JSON.stringify(texts)).toEqual([]);
      expect(parseIssue(renderIssue(doc))).toEqual(doc);
    }
  }, 60_000);

  const expected = { h2: ['First', 'Second', 'That’s it…'], last: 'About words.' };

  it('keeps sections, separators, closing and About in commonmark.js', () => {
    for (const texts of accepted) {
      const html = new HtmlRenderer().render(new Parser().parse(splitFrontMatter(renderIssue(issueWith(texts))).body));
      expect(shape(html), JSON.stringify(texts)).toEqual({ ...expected, hr: texts.length + 1 });
    }
  }, 60_000);

  describe.skipIf(skipKramdown)(`kramdown${kramdownSkipReason}`, () => {
    it('keeps sections, separators, closing and About as Jekyll renders them', () => {
      const pages = kramdownGfmHtml(accepted.map((texts) => renderIssue(issueWith(texts))));
      accepted.forEach((texts, i) => {
        expect(shape(pages[i] ?? ''), JSON.stringify(texts)).toEqual({ ...expected, hr: texts.length + 1 });
      });
    }, 60_000);
  });
});
