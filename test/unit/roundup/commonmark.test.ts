import { HtmlRenderer, Parser } from 'commonmark';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type IssueDocument, renderIssue } from '@/lib/roundup';
import { splitFrontMatter } from '@/lib/roundup/front-matter';
import { sampleIssue } from '@/test/fixtures/roundup/sample-issue';
import { validIssueDocument } from '@/test/unit/roundup/arbitrary-issue';
import { example131 } from '@/test/unit/roundup/example-131';
import { anchors, headerLinks, missingLinks } from '@/test/unit/roundup/html-links';

/** HTML of the issue body as commonmark.js renders it (Jekyll strips the front matter first). */
function commonmarkHtml(doc: IssueDocument): string {
  return new HtmlRenderer().render(new Parser().parse(splitFrontMatter(renderIssue(doc)).body));
}

describe('CommonMark (commonmark.js) reads every header link', () => {
  it.each([
    ['the format doc example', example131],
    ['a 60-clip sample issue', sampleIssue(60)],
  ])('in %s', (_, doc) => {
    expect(missingLinks(headerLinks(doc), anchors(commonmarkHtml(doc)))).toEqual([]);
  });

  it('in generated issues full of metacharacters', () => {
    fc.assert(
      fc.property(validIssueDocument, (doc) => {
        expect(missingLinks(headerLinks(doc), anchors(commonmarkHtml(doc)))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 30_000);
});
