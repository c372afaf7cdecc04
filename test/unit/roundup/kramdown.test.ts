import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type IssueDocument, normaliseIssueDocument, renderIssue } from '@/lib/roundup';
import { splitFrontMatter } from '@/lib/roundup/front-matter';
import { sampleIssue } from '@/test/fixtures/roundup/sample-issue';
import { foldTypography, kramdownGfmHtml, kramdownSkipReason, skipKramdown } from '@/test/support/kramdown';
import { validIssueDocument } from '@/test/unit/roundup/arbitrary-issue';
import { example131 } from '@/test/unit/roundup/example-131';
import { anchors, headerLinks, missingLinks } from '@/test/unit/roundup/html-links';

function kramdownHtml(docs: IssueDocument[]): string[] {
  return kramdownGfmHtml(docs.map((doc) => splitFrontMatter(renderIssue(doc)).body));
}

const sameTypography = (a: string, b: string) => foldTypography(a) === foldTypography(b);

/**
 * Titles and URLs stay as generated: their escaping is what this test is for.
 * The editor's own markdown is adapted where kramdown reads valid CommonMark differently: a stray backtick
 * or bracket in an attribution, and ``` fences (kramdown fences with ~~~).
 */
function kramdownFriendly(doc: IssueDocument): IssueDocument {
  const fences = (text: string) => text.replace(/^```/gm, '~~~');
  return normaliseIssueDocument({
    ...doc,
    intro: fences(doc.intro),
    sections: doc.sections.map((section) => ({
      ...section,
      items: section.items.map((item) =>
        item.kind === 'link'
          ? {
              ...item,
              commentary: fences(item.commentary),
              links: item.links.map((link) => ({ ...link, attribution: link.attribution.replace(/[`<>[\]\\|{}$^!]/g, '') })),
            }
          : { ...item, text: fences(item.text) },
      ),
    })),
    closing: { ...doc.closing, body: fences(doc.closing.body) },
    trailingBlocks: doc.trailingBlocks.map((block) => ({ ...block, body: fences(block.body) })),
  });
}

describe.skipIf(skipKramdown)(`kramdown (GFM, as Jekyll) reads every header link${kramdownSkipReason}`, () => {
  it('in the format doc example, a sample issue and generated issues full of metacharacters', () => {
    const docs = [example131, sampleIssue(60), ...fc.sample(validIssueDocument.map(kramdownFriendly), { numRuns: 80, seed: 131 })];
    const pages = kramdownHtml(docs);
    docs.forEach((doc, i) => {
      expect(missingLinks(headerLinks(doc), anchors(pages[i] ?? ''), sameTypography), `document ${i}`).toEqual([]);
    });
  }, 30_000);
});
