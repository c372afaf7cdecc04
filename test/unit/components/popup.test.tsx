// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup, type PopupEnv } from '@/components/Popup';
import { lastMenuFailure, reportMenuFailure } from '@/lib/context-menu/menu-failure';
import type { RoundupStore } from '@/lib/db';
import type { PageMetadata } from '@/lib/extract/page-metadata';
import { metadataFromTab, type PageReading } from '@/lib/page/page-reading';
import { DRAFT_SAVE_DELAY_MS } from '@/lib/saving/save-scheduler';
import { DEFAULT_TEMPLATE } from '@/lib/template/template';
import { testStore } from '@/test/support/test-store';

const article: PageMetadata = {
  url: 'https://example.org/grow?utm_source=feed',
  canonicalUrl: 'https://example.org/grow',
  title: 'How Research Software Teams Grow',
  authors: ['Dana Smith', 'Bo Chen'],
  source: 'The Example Review',
  excerpt: '',
  publishedTime: null,
  lang: 'en',
  wordCount: 1200,
  kind: 'article',
};

const copied: string[] = [];
function envFor(store: RoundupStore, reading: PageReading = { metadata: article, notice: null }): PopupEnv {
  return {
    store,
    readPage: async () => reading,
    now: () => new Date(2026, 10, 22),
    loadTemplate: async () => ({ ...DEFAULT_TEMPLATE, signOff: 'Dana' }),
    exportActions: { copyText: async (text) => void copied.push(text), downloadText: () => {}, lint: async () => [] },
    openIssuePage: () => {},
  };
}

async function openPopup(env: PopupEnv) {
  const view = render(<Popup env={env} />);
  await waitFor(() => expect(screen.getByRole('form', { name: 'Clip' }).getAttribute('aria-busy')).toBe('false'));
  return view;
}

const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const select = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterEach(cleanup);

describe('Popup, Clip view', () => {
  it('shows the extracted page with every control named, and focuses Commentary', async () => {
    await openPopup(envFor(testStore()));
    expect(field('Title').value).toBe('How Research Software Teams Grow');
    expect(field('Link').value).toBe('https://example.org/grow');
    expect(field('Authors').value).toBe('Dana Smith, Bo Chen');
    expect(field('Source').value).toBe('The Example Review');
    expect(field('Attribution').value).toBe('Dana Smith and Bo Chen, The Example Review');
    expect(select('Section').value).toBe('Managing Teams');
    expect(select('Kind').value).toBe('link');
    expect(document.activeElement).toBe(field('Commentary'));
    expect(screen.getByRole('button', { name: 'Add to issue' })).toBeTruthy();
    expect(await screen.findByText(/Issue #1 · 27 Nov 2026 · 0 clips/)).toBeTruthy();
  });

  it('the Title wraps a long title and stays one line of text', async () => {
    await openPopup(envFor(testStore()));
    expect(field('Title').tagName).toBe('TEXTAREA');
    expect(field('Title').getAttribute('rows')).toBe('1');
    fireEvent.input(field('Title'), { target: { value: `A very long title that goes on\nand on, well past the width of the popup, as some do` } });
    expect(field('Title').value).toBe('A very long title that goes on and on, well past the width of the popup, as some do');
    expect(field('Title').getAttribute('rows')).toBe('2');
  });

  it('attribution follows the authors until the editor edits it', async () => {
    await openPopup(envFor(testStore()));
    fireEvent.input(field('Authors'), { target: { value: 'Dana Smith' } });
    expect(field('Attribution').value).toBe('Dana Smith, The Example Review');
    fireEvent.input(field('Attribution'), { target: { value: 'Smith, TER' } });
    fireEvent.input(field('Source'), { target: { value: 'Other' } });
    expect(field('Attribution').value).toBe('Smith, TER');
  });

  it('restores every field of the draft when reopened on the same page', async () => {
    const store = testStore();
    const first = await openPopup(envFor(store));
    fireEvent.change(select('Section'), { target: { value: 'Random' } });
    fireEvent.input(field('Title'), { target: { value: 'How Teams Grow' } });
    fireEvent.input(field('Commentary'), { target: { value: 'Smith shows the three stages.' } });
    await pause(DRAFT_SAVE_DELAY_MS + 100); // the draft is saved within DRAFT_SAVE_DELAY_MS of the keystroke
    first.unmount();

    await openPopup(envFor(store));
    expect(field('Commentary').value).toBe('Smith shows the three stages.');
    expect(field('Title').value).toBe('How Teams Grow');
    expect(select('Section').value).toBe('Random');
    expect(screen.getByText('Draft restored')).toBeTruthy();
  });

  it('flushes the draft on pagehide without waiting for the timer', async () => {
    const store = testStore();
    const first = await openPopup(envFor(store));
    fireEvent.input(field('Commentary'), { target: { value: 'typed just before closing' } });
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect((await store.loadDraft('https://example.org/grow'))?.form.commentary).toBe('typed just before closing'));
    first.unmount();
  });

  it('never shows another page’s draft', async () => {
    const store = testStore();
    const first = await openPopup(envFor(store));
    fireEvent.input(field('Commentary'), { target: { value: 'about the first page' } });
    window.dispatchEvent(new Event('pagehide'));
    await pause(50);
    first.unmount();
    const other = { ...article, url: 'https://example.org/other', canonicalUrl: 'https://example.org/other', title: 'Other' };
    await openPopup(envFor(store, { metadata: other, notice: null }));
    expect(field('Commentary').value).toBe('');
    expect(field('Title').value).toBe('Other');
  });

  it('adds with Ctrl+Enter, confirms the section and count, and Undo brings the form back', async () => {
    const store = testStore();
    await openPopup(envFor(store));
    fireEvent.change(select('Section'), { target: { value: 'Research Software Development' } });
    fireEvent.input(field('Commentary'), { target: { value: 'Worth reading.' } });
    fireEvent.keyDown(field('Commentary'), { key: 'Enter', ctrlKey: true });
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('Added to Research Software Development.');
    expect(status.textContent).toContain('Issue #1 now holds 1 clip.');
    expect(await store.loadDraft('https://example.org/grow')).toBeUndefined();
    const issue = await store.currentIssue();
    const stored = await store.clipsForIssue(issue.id, issue.sectionOrder);
    expect(stored[0]).toMatchObject({ section: 'Research Software Development', commentary: 'Worth reading.', kind: 'link' });

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(field('Commentary').value).toBe('Worth reading.'));
    expect(await store.countClips(issue.id)).toBe(0);
    expect(await screen.findByText(/· 0 clips/)).toBeTruthy();
  });

  it('defaults the section to the one used last', async () => {
    const store = testStore();
    const issue = await store.currentIssue(new Date(2026, 10, 22));
    await store.addClip({ issueId: issue.id, section: 'Random', kind: 'brief', links: [], commentary: 'x' });
    await openPopup(envFor(store));
    expect(select('Section').value).toBe('Random');
    // Random is made of briefs in the template, so the clip starts as one.
    expect(select('Kind').value).toBe('brief');
    expect(field('Commentary').value).toBe('[How Research Software Teams Grow](https://example.org/grow).');
    expect(await screen.findByText(/· 1 clip$/)).toBeTruthy();
  });

  it('a page that cannot be read still opens with the tab, says why, and can be clipped by hand', async () => {
    const store = testStore();
    const reading = {
      metadata: metadataFromTab({ id: 1, url: 'chrome://settings/', title: '' }),
      notice: 'Could not read this page: browser pages are closed to extensions. Fill in the fields by hand.',
    };
    await openPopup(envFor(store, reading));
    expect(screen.getByText(/^Could not read this page/)).toBeTruthy();
    expect(document.activeElement).toBe(field('Title'));
    fireEvent.click(screen.getByRole('button', { name: 'Add to issue' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Give the clip a title.');
    fireEvent.input(field('Title'), { target: { value: 'Hand-typed' } });
    fireEvent.input(field('Link'), { target: { value: 'https://example.org/by-hand' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add to issue' }));
    expect((await screen.findByRole('status')).textContent).toContain('now holds 1 clip');
  });

  it('shows a storage failure and keeps everything typed', async () => {
    const store = testStore();
    await openPopup(envFor(store));
    fireEvent.input(field('Commentary'), { target: { value: 'must not be lost' } });
    store.close();
    fireEvent.click(screen.getByRole('button', { name: 'Add to issue' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/database is closed/);
    expect(field('Commentary').value).toBe('must not be lost');
  });

  it('a draft IndexedDB refuses goes to storage.local, the error is shown, and the next popup restores it', async () => {
    fakeBrowser.reset();
    const broken = testStore();
    const refusing: RoundupStore = { ...broken, saveDraft: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) };
    const first = await openPopup({ ...envFor(refusing), pendingArea: fakeBrowser.storage.local });
    fireEvent.input(field('Commentary'), { target: { value: 'kept outside IndexedDB' } });
    window.dispatchEvent(new Event('pagehide'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/full|quota/i);
    await waitFor(async () => expect(Object.keys(await fakeBrowser.storage.local.get(null))).toContain('clipDraft:https://example.org/grow'));
    first.unmount();

    const store = testStore();
    await openPopup({ ...envFor(store), pendingArea: fakeBrowser.storage.local });
    expect(field('Commentary').value).toBe('kept outside IndexedDB');
    expect(screen.getByText('Draft restored')).toBeTruthy();
    // Once IndexedDB takes the draft again, the copy in storage.local goes.
    fireEvent.input(field('Commentary'), { target: { value: 'kept outside IndexedDB, and more' } });
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect(Object.keys(await fakeBrowser.storage.local.get(null))).not.toContain('clipDraft:https://example.org/grow'));
    expect((await store.loadDraft('https://example.org/grow'))?.form.commentary).toBe('kept outside IndexedDB, and more');
  });

  it('says in words why a clip cannot go into an issue published meanwhile, and keeps what was typed', async () => {
    const store = testStore();
    await openPopup(envFor(store));
    fireEvent.input(field('Commentary'), { target: { value: 'still mine' } });
    const issue = await store.currentIssue();
    await store.publishIssue(issue.id, '# sent elsewhere\n'); // from the issue page, in another tab
    fireEvent.click(screen.getByRole('button', { name: 'Add to issue' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Issue #1 is published and can no longer be changed.');
    expect(field('Commentary').value).toBe('still mine');
  });

  it('the Link field shows a link the export would refuse, on the field, and Add is refused with the reason', async () => {
    const store = testStore();
    await openPopup(envFor(store));
    const link = field('Link');
    expect(link.getAttribute('aria-invalid')).toBeNull();
    fireEvent.input(link, { target: { value: 'javascript:alert(1)' } });
    expect(link.getAttribute('aria-invalid')).toBe('true');
    const reason = document.getElementById(link.getAttribute('aria-describedby') ?? '')?.textContent;
    expect(reason).toBe('Links starting with javascript: cannot go in the issue: only https://, http:// and mailto: links can.');
    fireEvent.click(screen.getByRole('button', { name: 'Add to issue' }));
    expect(screen.getByRole('alert').textContent).toContain(reason);
    const issue = await store.currentIssue();
    expect(await store.clipsForIssue(issue.id, issue.sectionOrder)).toEqual([]);
    fireEvent.input(link, { target: { value: 'https://example.org/grow (2)' } });
    expect(document.getElementById(link.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/has a space in it/);
    fireEvent.input(link, { target: { value: 'https://example.org/grow_(2)' } });
    expect(link.getAttribute('aria-invalid')).toBeNull();
    expect(link.getAttribute('aria-describedby')).toBeNull();
  });

  it('a brief’s starter follows the title and link until its text is edited', async () => {
    await openPopup(envFor(testStore()));
    fireEvent.change(select('Kind'), { target: { value: 'brief' } });
    expect(field('Commentary').value).toBe('[How Research Software Teams Grow](https://example.org/grow).');
    fireEvent.input(field('Title'), { target: { value: 'Teams [Grow]' } });
    fireEvent.input(field('Link'), { target: { value: 'https://example.org/grow_(2)' } });
    expect(field('Commentary').value).toBe('[Teams \\[Grow\\]](https://example.org/grow_(2)).');
    fireEvent.input(field('Commentary'), { target: { value: `${field('Commentary').value} Worth a read.` } });
    fireEvent.input(field('Title'), { target: { value: 'Teams' } });
    expect(field('Commentary').value).toBe('[Teams \\[Grow\\]](https://example.org/grow_(2)). Worth a read.');
  });
});

describe('Popup, duplicates and tabs', () => {
  it('switches between Clip and Queue with the arrow keys', async () => {
    await openPopup(envFor(testStore()));
    const clipTab = screen.getByRole('tab', { name: 'Clip' });
    expect(clipTab.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(clipTab, { key: 'ArrowRight' });
    const queueTab = screen.getByRole('tab', { name: 'Queue' });
    expect(queueTab.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(queueTab);
    expect(await screen.findByText('0 clips in issue #1')).toBeTruthy();
  });

  it('opened on the Queue, shows the issue and its queue while the page is still being read', async () => {
    const store = testStore();
    const reading = new Promise<PageReading>(() => {}); // a page that takes its time
    render(<Popup env={{ ...envFor(store), readPage: () => reading, initialView: 'queue' }} />);
    expect(await screen.findByText('0 clips in issue #1')).toBeTruthy();
    expect(screen.getByText(/Issue #1 · 27 Nov 2026/)).toBeTruthy();
  });

  it('a page already in this issue says where, offers to open it, and does not add a copy on Ctrl+Enter', async () => {
    const store = testStore();
    const issue = await store.currentIssue(new Date(2026, 10, 22));
    await store.addClip({
      issueId: issue.id,
      section: 'Random',
      kind: 'link',
      commentary: 'x',
      links: [{ title: 'Grow', url: 'http://www.example.org/grow/', authors: [], source: null, attribution: '' }],
    });
    await openPopup(envFor(store));
    expect(await screen.findByText(/Already in this issue, under Random\./)).toBeTruthy();
    fireEvent.keyDown(field('Commentary'), { key: 'Enter', ctrlKey: true });
    await pause(50);
    expect(await store.countClips(issue.id)).toBe(1);
    // Ctrl+Enter says why nothing was added.
    expect(screen.getByRole('status').textContent).toMatch(/Not added: this page is already in this issue, under Random/);
    fireEvent.click(screen.getByRole('button', { name: 'Open it' }));
    expect(screen.getByRole('tab', { name: 'Queue' }).getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByRole('group', { name: 'Edit Grow' })).toBeTruthy();
  });

  it('a page linked in a published issue says so and can still be added', async () => {
    const store = testStore();
    const old = await store.currentIssue(new Date(2026, 10, 1));
    await store.addClip({
      issueId: old.id,
      section: 'Managing Teams',
      kind: 'link',
      commentary: 'x',
      links: [{ title: 'Grow', url: 'https://example.org/grow', authors: [], source: null, attribution: '' }],
    });
    await store.publishIssue(old.id, '');
    await openPopup(envFor(store));
    expect(await screen.findByText('Linked in #1 (6 Nov 2026, Managing Teams).')).toBeTruthy();
    fireEvent.keyDown(field('Commentary'), { key: 'Enter', ctrlKey: true });
    expect((await screen.findByRole('status')).textContent).toContain('Issue #2 now holds 1 clip.');
  });

  it('until an issue is published, offers “Import issues” and “Restore from backup” below the form', async () => {
    const store = testStore();
    const view = await openPopup(envFor(store));
    const offer = await screen.findByText(/No past issues yet/);
    expect(within(offer).getByRole('link', { name: 'Import issues' }).getAttribute('href')).toBe('/archive.html#import');
    expect(within(offer).getByRole('link', { name: 'Restore from backup' }).getAttribute('href')).toBe('/options.html#backups');
    // The form stays first: Commentary has the focus and Add works.
    expect(document.activeElement).toBe(field('Commentary'));
    view.unmount();
    const published = await store.currentIssue(new Date(2026, 10, 1));
    await store.publishIssue(published.id, '');
    await openPopup(envFor(store));
    await pause(50);
    expect(screen.queryByText(/No past issues yet/)).toBeNull();
  });

  it('shows a context-menu action that failed in the background, below the header, until dismissed; the form keeps the focus', async () => {
    fakeBrowser.reset();
    const area = fakeBrowser.storage.local;
    await reportMenuFailure(area, { action: { setBadgeText: async () => {} } } as never, 'Clip link to this issue', new Error('closed'), Date.now());
    const env = { ...envFor(testStore()), menuFailureArea: area };
    const view = await openPopup(env);
    // The notice is a lazily loaded view, read once the form is ready.
    const alert = await screen.findByText(/“Clip link to this issue” failed at \d\d:\d\d: /, undefined, { timeout: 3000 });
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    expect(document.activeElement).toBe(field('Commentary'));
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/“Clip link to this issue” failed/)).toBeNull();
    await waitFor(async () => expect(await lastMenuFailure(area)).toBeNull());
    view.unmount();
    await openPopup(env);
    await pause(50);
    expect(screen.queryByText(/failed at/)).toBeNull();
  });

  it('a link to the newsletter’s own site (the template’s Site URL) is not "Linked in"', async () => {
    const store = testStore();
    const old = await store.currentIssue(new Date(2026, 10, 1));
    await store.addClip({
      issueId: old.id,
      section: 'Managing Teams',
      kind: 'link',
      commentary: 'x',
      links: [{ title: 'Grow', url: 'https://example.org/grow', authors: [], source: null, attribution: '' }],
    });
    await store.publishIssue(old.id, '');
    const env = envFor(store);
    await openPopup({ ...env, loadTemplate: async () => ({ ...DEFAULT_TEMPLATE, siteUrl: 'https://example.org' }) });
    await pause(50);
    expect(screen.queryByText(/Linked in #1/)).toBeNull();
  });

  it('adds the page as another link of a queued item, and Undo takes it out again', async () => {
    const store = testStore();
    const issue = await store.currentIssue(new Date(2026, 10, 22));
    const { clip } = await store.addClip({
      issueId: issue.id,
      section: 'Random',
      kind: 'link',
      commentary: 'x',
      links: [{ title: 'First', url: 'https://example.org/first', authors: [], source: null, attribution: '' }],
    });
    await openPopup(envFor(store));
    const target = (await screen.findByRole('combobox', { name: 'Add link to…' })) as HTMLSelectElement;
    fireEvent.change(target, { target: { value: String(clip.id) } });
    fireEvent.click(screen.getByRole('button', { name: 'Add link' }));
    expect((await screen.findByRole('status')).textContent).toContain('Added as another link of “First”, in Random.');
    const linksOfClip = async () => (await store.clipsForIssue(issue.id, issue.sectionOrder)).find((c) => c.id === clip.id)?.links ?? [];
    expect((await linksOfClip()).map((l) => l.title)).toEqual(['First', 'How Research Software Teams Grow']);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await linksOfClip()).toHaveLength(1));
    expect(await store.loadDraft('https://example.org/grow')).toBeDefined();
  });
});

describe('Popup and the template', () => {
  it('a first issue takes the template’s sections, and attribution follows its style', async () => {
    const store = testStore();
    const env = {
      ...envFor(store),
      loadTemplate: async () => ({
        ...DEFAULT_TEMPLATE,
        sections: [
          { name: 'Leading Teams', briefs: false },
          { name: 'Odds and Ends', briefs: true },
        ],
        attribution: { etAlAfter: 4, conjunction: '&' as const },
      }),
    };
    await openPopup(env);
    expect([...select('Section').options].map((o) => o.value)).toEqual(['Leading Teams', 'Odds and Ends']);
    expect(field('Attribution').value).toBe('Dana Smith & Bo Chen, The Example Review');
    fireEvent.input(field('Authors'), { target: { value: 'Ann Lee, Bo Chen' } });
    expect(field('Attribution').value).toBe('Ann Lee & Bo Chen, The Example Review');
  });
});
