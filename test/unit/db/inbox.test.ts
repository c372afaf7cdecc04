import { describe, expect, it } from 'vitest';
import type { ClipLink, NewClip } from '@/lib/model/clip';
import type { ClipForm } from '@/lib/model/clip-draft';
import { INBOX_SECTION } from '@/lib/queue/inbox';
import { testDatabase } from '@/test/support/test-database';

const filled: ClipLink = {
  title: 'A Post Worth Reading',
  url: 'https://example.org/post',
  authors: ['Dana Smith'],
  source: 'Example',
  attribution: 'Dana Smith, Example',
};
const queued = (issueId: number, url: string): NewClip => ({ issueId, section: 'Random', kind: 'link', links: [{ ...filled, url }], commentary: 'Mine.' });
const form = { title: 'Read now', url: 'https://example.org/q', commentary: '' } as ClipForm;

describe('addToInbox', () => {
  it('adds the link to the Inbox with its text as the title, details to fill', async () => {
    const { store } = testDatabase();
    const issue = await store.currentIssue();
    const result = await store.addToInbox(issue.id, { url: 'https://example.org/post?utm_source=x', text: 'A post' }, 5);
    expect(result).toMatchObject({ added: true, section: INBOX_SECTION });
    const [clip] = await store.clipsForIssue(issue.id, issue.sectionOrder);
    expect(clip).toMatchObject({ id: result.clipId, section: INBOX_SECTION, links: [{ title: 'A post', url: 'https://example.org/post', attribution: '' }] });
  });

  it('adds nothing when the issue already links to the page, in the Inbox or a section', async () => {
    const { store } = testDatabase();
    const issue = await store.currentIssue();
    const first = await store.addToInbox(issue.id, { url: 'https://example.org/post', text: 'A post' });
    const again = await store.addToInbox(issue.id, { url: 'https://www.example.org/post/#top', text: 'Same post' });
    expect(again).toEqual({ clipId: first.clipId, added: false, section: INBOX_SECTION });
    const { clip } = await store.addClip(queued(issue.id, 'https://example.org/other'));
    expect(await store.addToInbox(issue.id, { url: 'https://example.org/other', text: 'Other' })).toEqual({ clipId: clip.id, added: false, section: 'Random' });
    expect(await store.countClips(issue.id)).toBe(2);
  });
});

describe('fillInboxClip', () => {
  it('fills the details, moves the item to the end of the section and deletes the page’s draft', async () => {
    const { store } = testDatabase();
    const issue = await store.currentIssue();
    await store.addClip(queued(issue.id, 'https://example.org/first'));
    const { clipId } = await store.addToInbox(issue.id, { url: 'https://example.org/post', text: 'A post' });
    await store.saveDraft('https://example.org/post', form);
    const before = await store.fillInboxClip(clipId, { section: 'Random', kind: 'link', link: filled, commentary: '> Quoted.' }, 'https://example.org/post');
    expect(before.section).toBe(INBOX_SECTION);
    const clips = await store.clipsForIssue(issue.id, issue.sectionOrder);
    expect(clips.map((c) => [c.section, c.position, c.links[0]?.title])).toEqual([
      ['Random', 1, 'A Post Worth Reading'],
      ['Random', 2, 'A Post Worth Reading'],
    ]);
    expect(clips[1]).toMatchObject({ id: clipId, links: [filled], commentary: '> Quoted.' });
    expect(await store.loadDraft('https://example.org/post')).toBeUndefined();
  });

  it('keeps commentary typed in the Queue and adds the popup’s after it; Undo puts all back', async () => {
    const { store } = testDatabase();
    const issue = await store.currentIssue();
    const { clipId } = await store.addToInbox(issue.id, { url: 'https://example.org/post', text: 'A post' });
    await store.updateClip(clipId, { commentary: 'Typed by hand.' });
    const before = await store.fillInboxClip(clipId, { section: 'Random', kind: 'link', link: filled, commentary: 'From the popup.' });
    const [after] = await store.clipsForIssue(issue.id, issue.sectionOrder);
    expect(after?.commentary).toBe('Typed by hand.\n\nFrom the popup.');
    const draft = { key: 'https://example.org/post', form, updatedAt: 9 };
    await store.undoFillInboxClip(before, draft);
    const [back] = await store.clipsForIssue(issue.id, issue.sectionOrder);
    expect(back).toMatchObject({ section: INBOX_SECTION, commentary: 'Typed by hand.', links: [{ title: 'A post', attribution: '' }] });
    expect(await store.loadDraft(draft.key)).toEqual(draft);
  });
});

describe('quoteIntoDraft', () => {
  it('starts a draft from the page with the quote, marked so the popup fills the rest anew', async () => {
    const { store } = testDatabase();
    const draft = await store.quoteIntoDraft('https://example.org/q', 'Line one\nline two', form, 3);
    expect(draft).toEqual({ key: 'https://example.org/q', form: { ...form, commentary: '> Line one\n> line two' }, updatedAt: 3, startedByQuote: true });
    expect(await store.loadDraft('https://example.org/q')).toEqual(draft);
  });

  it('appends to the commentary of the page’s draft', async () => {
    const { store } = testDatabase();
    await store.saveDraft('https://example.org/q', { ...form, commentary: 'My take.' });
    await store.quoteIntoDraft('https://example.org/q', 'Quoted.', { ...form, title: 'ignored' });
    const stored = await store.loadDraft('https://example.org/q');
    expect(stored?.form).toMatchObject({ title: 'Read now', commentary: 'My take.\n\n> Quoted.' });
    expect(stored?.startedByQuote).toBeUndefined();
  });
});

describe('publishing with links left in the Inbox', () => {
  it('carries them to the next issue', async () => {
    const { store } = testDatabase();
    const issue = await store.currentIssue();
    const { clipId } = await store.addToInbox(issue.id, { url: 'https://example.org/post', text: 'A post' });
    const next = await store.publishIssue(issue.id, '# sent\n');
    const carried = await store.clipsForIssue(next.id, next.sectionOrder);
    expect(carried.map((c) => [c.id, c.section])).toEqual([[clipId, INBOX_SECTION]]);
  });
});
