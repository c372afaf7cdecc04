import { describe, expect, it } from 'vitest';
import { type IssueDocument, issueDocumentProblems, normaliseIssueDocument, parseIssue, renderIssue } from '@/lib/roundup';

const doc = (intro: string, withSections = true): IssueDocument =>
  normaliseIssueDocument({
    frontMatter: null,
    preamble: [],
    intro,
    sections: withSections
      ? [{ name: 'Managing Teams', items: [{ kind: 'link', links: [{ title: 'T', url: 'https://e.com/', attribution: '' }], commentary: '' }] }]
      : [],
    closing: { heading: 'That’s it…', body: 'Bye.' },
    trailingBlocks: [],
  });

describe('a level-2 heading before the first section is the intro’s own (issue #9)', () => {
  it('is valid and reads back as intro', () => {
    const essay = doc('Hi!\n\n## On saying no\n\nAn essay.\n\nSetext too\n----------\n\nMore.');
    expect(issueDocumentProblems(essay)).toEqual([]);
    expect(parseIssue(renderIssue(essay))).toEqual(essay);
  });

  it('is a problem when no section follows it (it would read as the closing)', () => {
    expect(issueDocumentProblems(doc('## Essay\n\ntext', false))).toEqual(['intro has a level-2 heading']);
  });

  it('is a problem when a thematic break follows it (it would read as a section)', () => {
    expect(issueDocumentProblems(doc('## Essay\n\ntext\n\n***\n\nmore'))).toEqual(['intro has a thematic break after a level-2 heading']);
  });
});
