import { describe, expect, it } from 'vitest';
import { announces, earlierPlace, linkedInText } from '@/lib/archive/linked-in';

const link = { issueNumber: 129, date: '2022-07-09', section: 'Research Software Development', where: 'item', announcedAgain: false } as const;

describe('linkedInText', () => {
  it('names the issue, its date and the section', () => {
    expect(linkedInText(link)).toBe('Linked in #129 (9 Jul 2022, Research Software Development)');
  });

  it('says when the page was a link inside commentary, and when a call or event is announced again', () => {
    expect(linkedInText({ ...link, where: 'commentary' })).toBe('Linked in the commentary of #129 (9 Jul 2022, Research Software Development)');
    expect(earlierPlace({ ...link, section: 'Events: Conferences, Training', announcedAgain: true })).toBe(
      '#129 (9 Jul 2022, Events: Conferences, Training), announced again',
    );
  });

  it('counts calls and events sections as announcing', () => {
    expect(['Calls for Proposals', 'Calls for Submissions', 'Events: Conferences, Training'].every(announces)).toBe(true);
    expect(['Random', 'Managing Teams', 'Research Computing Systems'].some(announces)).toBe(false);
  });
});
