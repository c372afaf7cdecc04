import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidIssueDocument, normaliseIssueDocument, parseIssue, renderIssue } from '@/lib/roundup';
import { anyIssueDocument, validIssueDocument } from '@/test/unit/roundup/arbitrary-issue';

describe('round trip', () => {
  it('parseIssue(renderIssue(doc)) deep-equals every valid doc', () => {
    fc.assert(
      fc.property(validIssueDocument, (doc) => {
        expect(parseIssue(renderIssue(doc))).toStrictEqual(doc);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('normalising is idempotent and rendering ignores it', () => {
    fc.assert(
      fc.property(anyIssueDocument, (doc) => {
        const normalised = normaliseIssueDocument(doc);
        expect(normaliseIssueDocument(normalised)).toStrictEqual(normalised);
        expect(renderIssue(doc)).toBe(renderIssue(normalised));
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it('generates valid documents most of the time', () => {
    const samples = fc.sample(anyIssueDocument.map(normaliseIssueDocument), { numRuns: 100, seed: 1 });
    expect(samples.filter(isValidIssueDocument).length).toBeGreaterThan(50);
  }, 30_000);
});
