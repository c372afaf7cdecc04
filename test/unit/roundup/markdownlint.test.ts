import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import { type IssueDocument, renderIssue } from '@/lib/roundup';
import { sampleIssue } from '@/test/fixtures/roundup/sample-issue';
import { example131 } from '@/test/unit/roundup/example-131';

/** markdownlint's default rules, line length off; the file's own disable comments apply. */
function lintErrors(doc: IssueDocument): string[] {
  const results = lint({ strings: { issue: renderIssue(doc) }, config: { default: true, MD013: false } });
  return (results.issue ?? []).map((e) => `${e.lineNumber}: ${e.ruleNames.join('/')} ${e.ruleDescription} ${e.errorDetail ?? ''}`);
}

describe('markdownlint', () => {
  it.each([
    ['the format doc example', example131],
    ['a 60-clip sample issue', sampleIssue(60)],
    ['a 7-clip sample issue', sampleIssue(7, 42)],
  ])('passes %s', (_, doc) => {
    expect(lintErrors(doc)).toEqual([]);
  });

  it('honours the preamble: without it, <br/> is reported', () => {
    expect(lintErrors({ ...sampleIssue(60), preamble: [] }).join('\n')).toMatch(/MD033/);
  });
});
