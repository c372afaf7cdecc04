import { describe, expect, it } from 'vitest';
import { INBOX_SECTION, inboxClipOf, inboxWarning, inInbox } from '@/lib/queue/inbox';

describe('inboxClipOf', () => {
  it('takes the link text as the title and leaves the details to fill', () => {
    const clip = inboxClipOf(3, { url: 'https://example.org/post?utm_source=feed', text: '  A post\n worth   reading ' });
    expect(clip).toEqual({
      issueId: 3,
      section: INBOX_SECTION,
      kind: 'link',
      links: [{ title: 'A post worth reading', url: 'https://example.org/post', authors: [], source: null, attribution: '' }],
      commentary: '',
    });
    expect(inInbox(clip)).toBe(true);
  });

  it('uses the address as the title of a link without text (an image link)', () => {
    expect(inboxClipOf(1, { url: 'https://example.org/a', text: ' ' }).links[0]?.title).toBe('https://example.org/a');
  });
});

describe('the reserved Inbox section', () => {
  it('is no name a trimmed section name can be', () => {
    expect(INBOX_SECTION.trim()).not.toBe(INBOX_SECTION);
  });

  it('names the waiting links in the export warning', () => {
    const waiting = [inboxClipOf(1, { url: 'https://e.org/a', text: 'A' }), inboxClipOf(1, { url: 'https://e.org/b', text: 'B' })];
    expect(inboxWarning(waiting.slice(0, 1))).toMatch(/^1 link is still in the Inbox with details to fill, and not in this export .*: “A”\.$/);
    expect(inboxWarning(waiting)).toContain('2 links are still in the Inbox');
  });
});
