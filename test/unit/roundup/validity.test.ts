import { describe, expect, it } from 'vitest';
import { type IssueDocument, type IssueItem, issueDocumentProblems, normaliseIssueDocument, renderIssue } from '@/lib/roundup';
import { example131 } from '@/test/unit/roundup/example-131';

const withItem = (item: IssueItem): IssueDocument => ({ ...example131, sections: [{ name: 'Random', items: [item] }] });

describe('issueDocumentProblems', () => {
  it('finds none in the format doc example', () => {
    expect(issueDocumentProblems(example131)).toEqual([]);
  });

  it.each<[string, IssueItem, RegExp]>([
    ['a brief of two paragraphs', { kind: 'brief', text: 'One.\n\nTwo.' }, /not one paragraph/],
    ['a brief shaped like a header line', { kind: 'brief', text: '[T](https://t.example) - Ann' }, /header line/],
    ['a note of paragraphs only', { kind: 'note', text: 'One.\n\nTwo.' }, /only paragraphs/],
    [
      'commentary with a separator',
      { kind: 'link', links: [{ title: 'T', url: 'https://t.example', attribution: '' }], commentary: 'a\n\n----------\n\nb' },
      /thematic break/,
    ],
    [
      'commentary with a level-2 heading',
      { kind: 'link', links: [{ title: 'T', url: 'https://t.example', attribution: '' }], commentary: 'Title\n---' },
      /level-2 heading/,
    ],
    ['an unclosed code fence', { kind: 'note', text: '```\ncode' }, /open/],
    ['an attribution with <br>', { kind: 'link', links: [{ title: 'T', url: 'https://t.example', attribution: 'A<br>B' }], commentary: '' }, /<br>/],
    ['an unencoded URL', { kind: 'link', links: [{ title: 'T', url: 'https://t.example/a b', attribution: '' }], commentary: '' }, /encoded/],
    ['a link item without links', { kind: 'link', links: [], commentary: 'c' }, /no links/],
  ])('reports %s', (_, item, problem) => {
    expect(issueDocumentProblems(withItem(item)).join('\n')).toMatch(problem);
  });

  it('reports a closing body with a heading, and trailing blocks without a closing', () => {
    expect(issueDocumentProblems({ ...example131, closing: { heading: 'Bye', body: '### x' } }).join()).toMatch(/closing has a heading/);
    expect(issueDocumentProblems({ ...example131, closing: { heading: '', body: '' } }).join()).toMatch(/closing heading is missing/);
  });

  it('reports text that is not normalised, and normalising fixes it', () => {
    const messy: IssueDocument = {
      ...example131,
      intro: '  Hi!   \n\n\n\nMore.  ',
      sections: [
        {
          name: ' Random\n',
          items: [
            { kind: 'link', links: [{ title: ' A\n  B ', url: 'https://x.example/a b', attribution: ' Ann ' }], commentary: '' },
            { kind: 'note', text: '  ' },
          ],
        },
        { name: 'Empty', items: [] },
      ],
    };
    expect(issueDocumentProblems(messy).length).toBeGreaterThan(3);
    const tidy = normaliseIssueDocument(messy);
    expect(issueDocumentProblems(tidy)).toEqual([]);
    expect(tidy.sections).toEqual([
      { name: 'Random', items: [{ kind: 'link', links: [{ title: 'A B', url: 'https://x.example/a%20b', attribution: 'Ann' }], commentary: '' }] },
    ]);
    expect(renderIssue(messy)).toBe(renderIssue(tidy));
  });
});
