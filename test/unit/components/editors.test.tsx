// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IssuePage } from '@/components/IssuePage';
import { QueueView } from '@/components/QueueView';
import { createQueueState } from '@/components/queue-state';
import type { RoundupStore } from '@/lib/db';
import { pickEdit } from '@/lib/merge/clip-merge';
import { pickIssueEdit } from '@/lib/merge/issue-merge';
import { pendingFallbacks } from '@/lib/saving/pending-edit-fallback';
import { DEFAULT_TEMPLATE } from '@/lib/template/template';
import { chooseAction } from '@/test/support/queue-menu';
import { testStore } from '@/test/support/test-store';

let unsubscribe = () => {};
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  unsubscribe();
  cleanup();
});

async function queueWithClip() {
  const store = testStore();
  const issue = await store.currentIssue(new Date(2026, 10, 22));
  const { clip } = await store.addClip({
    issueId: issue.id,
    section: 'Random',
    kind: 'link',
    commentary: 'First words.',
    links: [{ title: 'A', url: 'https://e.org/a', authors: ['Ann Lee'], source: 'Example', attribution: 'Ann Lee, Example' }],
  });
  const state = createQueueState(store, issue.id, { pendingArea: fakeBrowser.storage.local });
  unsubscribe = state.subscribe();
  render(<QueueView state={state} />);
  const item = () => screen.getByRole('listitem', { name: /^A,/ });
  chooseAction(await waitFor(item), 'Edit');
  const editor = screen.getByRole('group', { name: 'Edit A' });
  const field = (name: string) => within(editor).getByRole('textbox', { name }) as HTMLInputElement;
  return { store, issue, clip, state, item, editor, field };
}

const storedClip = async (store: RoundupStore, issueId: number) => {
  const issue = (await store.allIssues()).find((i) => i.id === issueId);
  return (await store.clipsForIssue(issueId, issue?.sectionOrder ?? []))[0];
};

describe('the Queue editor with another page open', () => {
  it('shows another page’s save in fields without an unsaved change, and keeps what it saved itself', async () => {
    const { store, issue, clip, field } = await queueWithClip();
    fireEvent.input(field('Commentary'), { target: { value: 'Typed here.' } });
    await waitFor(async () => expect((await storedClip(store, issue.id))?.commentary).toBe('Typed here.'));
    // The other page read the clip before this save and changes another field.
    await store.updateClip(clip.id, { ...pickEdit(clip), label: 'From the issue page' }, Date.now(), pickEdit(clip));
    await waitFor(() => expect(field('Subtitle label').value).toBe('From the issue page'));
    expect(field('Commentary').value).toBe('Typed here.');
    expect(await storedClip(store, issue.id)).toMatchObject({ commentary: 'Typed here.', label: 'From the issue page', conflicts: [] });
  });

  it('the same field changed on both pages: the conflict is shown next to it, and one click takes the other text', async () => {
    const { store, issue, clip, field, editor, item } = await queueWithClip();
    fireEvent.input(field('Commentary'), { target: { value: 'Mine.' } });
    // The other page saves the same field before this one does.
    await store.updateClip(clip.id, { commentary: 'Theirs.' }, Date.now(), pickEdit(clip));
    const choice = await within(editor).findByRole('group', { name: 'Commentary changed in two places' });
    expect(choice.textContent).toContain('Theirs.');
    expect(field('Commentary').value).toBe('Mine.');
    expect(within(choice).getByRole('button', { name: 'Keep this version of Commentary' })).toBeTruthy();
    // Closed, the item says so.
    fireEvent.click(within(item()).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(within(item()).getByText('Changed in two places — open to choose')).toBeTruthy());
    chooseAction(item(), 'Edit');
    fireEvent.click(screen.getByRole('button', { name: 'Use other version of Commentary' }));
    await waitFor(() => expect((screen.getByRole('textbox', { name: 'Commentary' }) as HTMLTextAreaElement).value).toBe('Theirs.'));
    expect(screen.queryByRole('group', { name: 'Commentary changed in two places' })).toBeNull();
    expect(await storedClip(store, issue.id)).toMatchObject({ commentary: 'Theirs.', conflicts: [] });
  });

  it('a save the database refuses is shown in words; the text stays in the form and in a pending edit in storage.local', async () => {
    const { store, clip, field } = await queueWithClip();
    store.close();
    fireEvent.input(field('Commentary'), { target: { value: 'Not lost.' } });
    await screen.findByText(/database is closed/);
    expect(field('Commentary').value).toBe('Not lost.');
    await waitFor(async () => expect(await pendingFallbacks(fakeBrowser.storage.local)).toHaveLength(1));
    const [pending] = await pendingFallbacks(fakeBrowser.storage.local);
    expect(pending).toMatchObject({ key: `clip:${clip.id}`, edit: { commentary: 'Not lost.' }, base: { commentary: 'First words.' } });
  });
});

describe('the issue page’s fields with another page open', () => {
  async function issuePage() {
    const store = testStore();
    const issue = await store.currentIssue(new Date(2026, 10, 22));
    render(
      <IssuePage
        env={{
          store,
          pendingArea: fakeBrowser.storage.local,
          loadTemplate: async () => DEFAULT_TEMPLATE,
          exportActions: { copyText: async () => {}, downloadText: () => {}, lint: async () => [] },
        }}
      />,
    );
    const intro = (await screen.findByRole('textbox', { name: 'Intro' })) as HTMLTextAreaElement;
    return { store, issue, intro };
  }

  it('another page’s intro shows when this one has not typed; a same-field race shows the other text with a one-click choice', async () => {
    const { store, issue, intro } = await issuePage();
    await store.updateIssue(issue.id, { intro: 'From the other page.' }, Date.now(), pickIssueEdit(issue));
    await waitFor(() => expect(intro.value).toBe('From the other page.'));

    const read = (await store.allIssues())[0] ?? issue;
    fireEvent.input(intro, { target: { value: 'Typed here.' } });
    await store.updateIssue(issue.id, { intro: 'Typed there.' }, Date.now(), pickIssueEdit(read));
    const choice = await screen.findByRole('group', { name: 'Intro changed in two places' });
    expect(choice.textContent).toContain('Typed there.');
    expect(intro.value).toBe('Typed here.');
    fireEvent.click(within(choice).getByRole('button', { name: 'Keep this version of Intro' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Intro changed in two places' })).toBeNull());
    expect((await store.allIssues())[0]).toMatchObject({ intro: 'Typed here.', conflicts: [] });
  });

  it('applies a pending edit left in storage.local by a page that closed, and removes it', async () => {
    const store = testStore();
    const issue = await store.currentIssue(new Date(2026, 10, 22));
    await fakeBrowser.storage.local.set({
      [`pendingEdit:issue:${issue.id}`]: {
        key: `issue:${issue.id}`,
        target: 'issue',
        id: issue.id,
        edit: { intro: 'Left behind.' },
        base: pickIssueEdit(issue),
        updatedAt: 1,
      },
    });
    render(
      <IssuePage
        env={{
          store,
          pendingArea: fakeBrowser.storage.local,
          loadTemplate: async () => DEFAULT_TEMPLATE,
          exportActions: { copyText: async () => {}, downloadText: () => {}, lint: async () => [] },
        }}
      />,
    );
    await waitFor(() => expect((screen.getByRole('textbox', { name: 'Intro' }) as HTMLTextAreaElement).value).toBe('Left behind.'));
    await waitFor(async () => expect(await pendingFallbacks(fakeBrowser.storage.local)).toEqual([]));
  });
});
