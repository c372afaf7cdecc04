// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueueView } from '@/components/QueueView';
import { createQueueState } from '@/components/queue-state';
import type { ClipForm } from '@/lib/model/clip-draft';
import { testStore } from '@/test/support/test-store';

const HOUR = 3_600_000;
const form = (title: string, url: string) => ({ title, url }) as ClipForm;

async function queueWithDrafts() {
  const store = testStore();
  const issue = await store.currentIssue(new Date(2026, 10, 22));
  const now = Date.now();
  await store.saveDraft('https://e.org/older', form('Older page', 'https://e.org/older'), now - 2 * HOUR - 60_000);
  await store.saveDraft('https://e.org/newer', { ...form('Newer page', 'https://e.org/newer'), clippedUrl: 'https://e.org/amp/newer' }, now - 5 * 60_000);
  const openPage = vi.fn<(url: string) => void>();
  const state = createQueueState(store, issue.id, { openPage });
  unsubscribe = state.subscribe();
  render(<QueueView state={state} />);
  await screen.findByRole('heading', { name: 'Unfinished drafts (2)' });
  return { store, openPage };
}

const drafts = () => within(screen.getByRole('list', { name: 'Unfinished drafts' }));
let unsubscribe = () => {};
afterEach(() => {
  unsubscribe();
  cleanup();
});

describe('Unfinished drafts in the Queue', () => {
  it('lists each draft with its page and age, newest first', async () => {
    await queueWithDrafts();
    expect(
      drafts()
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('aria-label')),
    ).toEqual(['Newer page', 'Older page']);
    expect(drafts().getByText('· 5 min ago')).toBeTruthy();
    expect(drafts().getByText('· 2 h ago')).toBeTruthy();
    expect(drafts().getByText('https://e.org/older')).toBeTruthy();
  });

  it('Open opens the page the draft was typed on', async () => {
    const { openPage } = await queueWithDrafts();
    fireEvent.click(screen.getByRole('button', { name: 'Open Newer page' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open Older page' }));
    expect(openPage.mock.calls).toEqual([['https://e.org/amp/newer'], ['https://e.org/older']]);
  });

  it('Discard deletes the draft, focus goes to Undo, and Undo puts it back as it was', async () => {
    const { store } = await queueWithDrafts();
    const before = await store.loadDraft('https://e.org/older');
    fireEvent.click(screen.getByRole('button', { name: 'Discard draft Older page' }));
    await screen.findByRole('heading', { name: 'Unfinished drafts (1)' });
    expect(await store.loadDraft('https://e.org/older')).toBeUndefined();
    const undo = screen.getByRole('button', { name: 'Undo discard of Older page' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    expect(screen.getByRole('status').textContent).toBe('Discarded the draft of “Older page”.');
    fireEvent.click(undo);
    await screen.findByRole('heading', { name: 'Unfinished drafts (2)' });
    expect(await store.loadDraft('https://e.org/older')).toEqual(before);
  });

  it('follows drafts typed in another page, live', async () => {
    const { store } = await queueWithDrafts();
    await store.saveDraft('https://e.org/third', form('', 'https://e.org/third'));
    await screen.findByRole('heading', { name: 'Unfinished drafts (3)' });
    expect(screen.getByRole('button', { name: 'Discard draft https://e.org/third' })).toBeTruthy();
  });
});
