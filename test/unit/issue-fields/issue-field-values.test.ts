import { describe, expect, it } from 'vitest';
import { fieldValuesOf, isIssueNumber, issueEditOf, issueWithFields } from '@/lib/issue-fields/issue-field-values';
import type { Issue } from '@/lib/model/issue';

const issue: Issue = {
  id: 3,
  number: 131,
  date: '2022-07-22',
  status: 'draft',
  intro: 'Hi.',
  subtitle: 'Saying no well',
  sectionOrder: ['Random'],
  uid: 'issue-3',
  rev: 1,
  createdAt: 0,
  updatedAt: 0,
};

describe('issue field values', () => {
  it('shows a stored issue as text, an absent subtitle and hero image as built and empty', () => {
    expect(fieldValuesOf(issue)).toEqual({ number: '131', date: '2022-07-22', heroImg: '', subtitle: 'Saying no well', intro: 'Hi.' });
    expect(fieldValuesOf({ ...issue, subtitle: undefined, heroImg: 'https://e.org/h.png' })).toMatchObject({ subtitle: null, heroImg: 'https://e.org/h.png' });
  });

  it('stores what it shows', () => {
    expect(issueEditOf(fieldValuesOf(issue))).toEqual({ number: 131, date: '2022-07-22', heroImg: '', subtitle: 'Saying no well', intro: 'Hi.' });
  });

  it('leaves out a number or date that is not (yet) valid, and trims the hero image', () => {
    const edit = issueEditOf({ number: '13.5', date: '2022-07', heroImg: ' https://e.org/h.png ', subtitle: null, intro: '' });
    expect(edit).toEqual({ heroImg: 'https://e.org/h.png', subtitle: undefined, intro: '' });
    expect(['1', '131'].map(isIssueNumber)).toEqual([true, true]);
    expect(['', '0', '-2', '1.5', 'x'].map(isIssueNumber)).toEqual([false, false, false, false, false]);
  });

  it('previews the issue with the fields as typed; a subtitle left to the labels drops the stored one', () => {
    const typed = { ...fieldValuesOf(issue), number: '', intro: 'New intro', subtitle: null };
    const preview = issueWithFields(issue, typed);
    expect(preview).toMatchObject({ id: 3, number: 131, intro: 'New intro', status: 'draft' });
    expect(preview.subtitle).toBeUndefined();
  });
});
