import { afterEach, describe, expect, it } from 'vitest';
import { CHECK_PAUSE_MS, createIssuePageState } from '@/components/issue-page-state';
import { createQueueState } from '@/components/queue-state';
import type { RoundupStore } from '@/lib/db';
import { DEFAULT_TEMPLATE } from '@/lib/template/template';
import { testStore } from '@/test/support/test-store';

let stop = () => {};
afterEach(() => stop());

/** The page's state on a test database, its queue subscribed as the page does. */
async function open(store: RoundupStore, issueId?: number) {
  const state = createIssuePageState({
    store: { ...store, currentIssue: () => store.currentIssue(new Date(2026, 10, 22)) },
    loadTemplate: async () => DEFAULT_TEMPLATE,
    queueFor: (id) => createQueueState(store, id),
    ...(issueId === undefined ? {} : { issueId }),
  });
  await state.start();
  await expect.poll(() => state.queue.value).toBeTruthy();
  stop = state.queue.value?.subscribe() ?? (() => {});
  await expect.poll(() => state.values.value).toBeTruthy();
  return state;
}

/** The fields as the page shows them now. */
function shownFields(state: Awaited<ReturnType<typeof open>>) {
  const values = state.values.value;
  if (!values) throw new Error('fields expected');
  return values;
}

/** Issue #1 published with "# one", and #2 the draft after it. */
async function secondDraft(store: RoundupStore) {
  const first = await store.currentIssue(new Date(2026, 10, 22));
  return { first, second: await store.publishIssue(first.id, '# one') };
}

describe('createIssuePageState', () => {
  it('opens the current draft, shows its fields and previews the markdown with what is typed', async () => {
    const state = await open(testStore());
    expect(state.values.value).toMatchObject({ number: '1', date: '2026-11-27', subtitle: null });
    const values = shownFields(state);
    state.editFields({ ...values, intro: 'Thinking about *no*.' });
    expect(state.values.value?.intro).toBe('Thinking about *no*.');
    await expect.poll(() => state.check.value?.markdown).toContain('Thinking about *no*.');
    expect(state.fileName.value).toBe('2026-11-27-issue-1.md');
  });

  it('what was typed is stored in the issue it was typed in, even when another one opens at once', async () => {
    const store = testStore();
    const { first, second } = await secondDraft(store);
    const state = await open(store, second.id);
    const values = shownFields(state);
    state.editFields({ ...values, intro: 'For #2' });
    state.open(first.id);
    const introOf = async (id: number) => (await store.allIssues()).find((i) => i.id === id)?.intro;
    await expect.poll(() => introOf(second.id)).toBe('For #2');
    expect(await introOf(first.id)).toBe('');
  });

  it('the export check waits for a pause in typing; Copy, Download and Publish take everything typed at once', async () => {
    const store = testStore();
    const state = await open(store);
    await expect.poll(() => state.check.value).toBeTruthy();
    const values = shownFields(state);
    state.editFields({ ...values, intro: 'T' });
    const during = state.check.value;
    for (const text of ['Th', 'Thi', 'This week']) state.editFields({ ...values, intro: text });
    // Typing: the check shown is the issue from before typing, not made again for each keystroke.
    expect(state.check.value).toBe(during);
    expect(during?.markdown).not.toContain('This week');
    expect(state.checkNow()?.markdown).toContain('This week');
    state.editFields({ ...values, intro: 'This week, hiring.' });
    expect(state.check.value?.markdown).not.toContain('hiring');
    await expect.poll(() => state.check.value?.markdown, { timeout: CHECK_PAUSE_MS * 5 }).toContain('This week, hiring.');
    // Publish checks again at once: what was typed a moment ago goes out.
    state.editFields({ ...values, intro: 'This week, hiring. And more.' });
    const next = await state.publish();
    expect(next?.number).toBe(2);
    const published = (await store.allIssues()).find((i) => i.number === 1);
    expect(published?.markdown).toContain('This week, hiring. And more.');
  });

  it('a number another issue has is refused with the reason; what else was typed is saved, and the number stays as typed until changed', async () => {
    const store = testStore();
    const { second } = await secondDraft(store);
    const state = await open(store, second.id);
    const values = shownFields(state);
    state.editFields({ ...values, number: '1', intro: 'Typed while the number was wrong' });
    await expect.poll(() => state.error.value).toBe('Issue #1 already exists, so the number stays #2. Everything else is saved.');
    const stored = async () => (await store.allIssues()).find((i) => i.id === second.id);
    expect(await stored()).toMatchObject({ number: 2, intro: 'Typed while the number was wrong' });
    expect(state.values.value).toMatchObject({ number: '1', intro: 'Typed while the number was wrong' });
    expect(state.numberTaken.value).toBe(1);
    expect(await store.pendingEdits()).toEqual([]);
    const shown = shownFields(state);
    state.editFields({ ...shown, number: '3' });
    expect(state.numberTaken.value).toBeNull();
    await expect.poll(async () => (await stored())?.number).toBe(3);
    expect(state.error.value).toBeNull();
  });
});
