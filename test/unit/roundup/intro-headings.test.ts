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

  it('is a problem when a header line follows it (it would read as a section, issue #11)', () => {
    const essay = doc('## Essay\n\n[A](https://a.example/) - Ann');
    expect(parseIssue(renderIssue(essay)).sections).toHaveLength(2);
    expect(issueDocumentProblems(essay)).toEqual(['intro has a header line after a level-2 heading']);
  });

  it('is a problem when it is named like the closing (the closing is known by name, issue #11)', () => {
    const essay = doc('## That’s it for the bad news\n\nOn to the good.');
    expect(parseIssue(renderIssue(essay)).closing.heading).toBe('That’s it for the bad news');
    expect(issueDocumentProblems(essay)).toEqual(['intro has a level-2 heading named like the closing (“That’s it…”)']);
  });

  it('a section named like the closing is a problem too', () => {
    const valid = doc('Hi!');
    const named: IssueDocument = { ...valid, sections: valid.sections.map((section) => ({ ...section, name: 'That’s it, folks' })) };
    expect(parseIssue(renderIssue(named)).sections).toEqual([]);
    expect(issueDocumentProblems(named)).toEqual(['section "That’s it, folks" is named like the closing (“That’s it…”)']);
  });
});
