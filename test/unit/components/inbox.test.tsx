// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup, type PopupEnv } from '@/components/Popup';
import { QueueView } from '@/components/QueueView';
import { createQueueState } from '@/components/queue-state';
import { formFromPage } from '@/lib/clip-form/clip-form';
import type { RoundupStore } from '@/lib/db';
import type { PageMetadata } from '@/lib/extract/page-metadata';
import { INBOX_SECTION } from '@/lib/queue/inbox';
import { DEFAULT_TEMPLATE } from '@/lib/template/template';
import { testStore } from '@/test/support/test-store';

const article: PageMetadata = {
  url: 'https://example.org/grow?utm_source=feed',
  canonicalUrl: 'https://example.org/grow',
  title: 'How Research Software Teams Grow',
  authors: ['Dana Smith'],
  source: 'The Example Review',
  excerpt: '',
  publishedTime: null,
  lang: 'en',
  wordCount: 1200,
  kind: 'article',
};

function envFor(store: RoundupStore): PopupEnv {
  return {
    store,
    readPage: async () => ({ metadata: article, notice: null }),
    now: () => new Date(2026, 10, 22),
    loadTemplate: async () => ({ ...DEFAULT_TEMPLATE, signOff: 'Dana' }),
    exportActions: { copyText: async () => {}, downloadText: () => {}, lint: async () => [] },
    openIssuePage: () => {},
  };
}

async function openPopup(env: PopupEnv) {
  const view = render(<Popup env={env} />);
  await waitFor(() => expect(screen.getByRole('form', { name: 'Clip' }).getAttribute('aria-busy')).toBe('false'));
  return view;
}

const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;

afterEach(cleanup);

describe('Popup and the Inbox (issue #13 item 4)', () => {
  it('fills an Inbox item from the page into the chosen section, and Undo puts it back', async () => {
    const store = testStore();
    const issue = await store.currentIssue(new Date(2026, 10, 22));
    const { clipId } = await store.addToInbox(issue.id, { url: 'https://example.org/grow', text: 'Teams grow' });
    await openPopup(envFor(store));
    const fill = await screen.findByRole('button', { name: 'Fill details from this page' });
    expect(screen.queryByText(/Already in this issue/)).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Section' }), { target: { value: 'Random' } });
    fireEvent.input(field('Commentary'), { target: { value: 'Worth it.' } });
    fireEvent.click(fill);
    await screen.findByText('Details filled in; moved from the Inbox to Random.');
    let [clip] = await store.clipsForIssue(issue.id, issue.sectionOrder);
    expect(clip).toMatchObject({ id: clipId, section: 'Random', links: [{ title: 'How Research Software Teams Grow', authors: ['Dana Smith'] }] });
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('button', { name: 'Fill details from this page' });
    [clip] = await store.clipsForIssue(issue.id, issue.sectionOrder);
    expect(clip).toMatchObject({ section: INBOX_SECTION, links: [{ title: 'Teams grow' }] });
  });

  it('opens a draft that "Quote in commentary" started with the page read afresh and the quote in Commentary', async () => {
    const store = testStore();
    await store.quoteIntoDraft('https://example.org/grow', 'A quoted line.', { ...formFromPage(article, ''), title: 'stale' });
    await openPopup(envFor(store));
    expect(field('Commentary').value).toBe('> A quoted line.');
    expect(field('Title').value).toBe('How Research Software Teams Grow');
    expect((screen.getByRole('combobox', { name: 'Section' }) as HTMLSelectElement).value).toBe('Managing Teams');
  });

  it('shows the Inbox above the sections in the Queue, with its count and "details to fill"', async () => {
    const store = testStore();
    const issue = await store.currentIssue(new Date(2026, 10, 22));
    await store.addToInbox(issue.id, { url: 'https://example.org/later', text: 'Read later' });
    const state = createQueueState(store, issue.id);
    const unsubscribe = state.subscribe();
    render(<QueueView state={state} />);
    const inbox = await screen.findByRole('region', { name: 'Inbox (1)' });
    expect(screen.getAllByRole('heading', { level: 2 })[0]?.textContent).toBe('Inbox (1)');
    const item = within(inbox).getByRole('listitem', { name: 'Read later, details to fill' });
    fireEvent.click(within(item).getByRole('button', { name: 'More actions' }));
    fireEvent.click(within(item).getByRole('menuitem', { name: 'Move to section…' }));
    fireEvent.click(within(item).getByRole('menuitemradio', { name: 'Random' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Inbox (1)' })).toBeNull());
    expect((await store.clipsForIssue(issue.id, issue.sectionOrder))[0]?.section).toBe('Random');
    unsubscribe();
  });
});
