import { afterEach, describe, expect, it } from 'vitest';
import { createIssuePageState } from '@/components/issue-page-state';
import { createQueueState } from '@/components/queue-state';
import { currentIssue, publishIssue, type RoundupDatabase, updateIssue } from '@/lib/db';
import { DEFAULT_TEMPLATE } from '@/lib/template/template';
import { testDatabase } from '@/test/support/test-database';

let stop = () => {};
afterEach(() => stop());

/** The page's state on a test database, its queue subscribed as the page does. */
async function open(db: RoundupDatabase, issueId?: number) {
  const state = createIssuePageState({
    store: {
      currentIssue: () => currentIssue(db, new Date(2026, 10, 22)),
      updateIssue: (id, edit) => updateIssue(db, id, edit),
      publishIssue: (id, markdown) => publishIssue(db, id, markdown),
    },
    loadTemplate: async () => DEFAULT_TEMPLATE,
    queueFor: (id) => createQueueState(db, id),
    ...(issueId === undefined ? {} : { issueId }),
  });
  await state.start();
  await expect.poll(() => state.queue.value).toBeTruthy();
  stop = state.queue.value?.subscribe() ?? (() => {});
  await expect.poll(() => state.values.value).toBeTruthy();
  return state;
}

describe('createIssuePageState', () => {
  it('opens the current draft, shows its fields and previews the markdown with what is typed', async () => {
    const db = testDatabase();
    const state = await open(db);
    expect(state.values.value).toMatchObject({ number: '1', date: '2026-11-27', subtitle: null });
    const values = state.values.value;
    if (!values) throw new Error('fields expected');
    state.editFields({ ...values, intro: 'Thinking about *no*.' });
    expect(state.values.value?.intro).toBe('Thinking about *no*.');
    await expect.poll(() => state.result.value?.markdown).toContain('Thinking about *no*.');
    expect(state.fileName.value).toBe('2026-11-27-issue-1.md');
  });

  it('what was typed is stored in the issue it was typed in, even when another one opens at once', async () => {
    const db = testDatabase();
    const first = await currentIssue(db, new Date(2026, 10, 22));
    const second = await publishIssue(db, first.id ?? 0, '# one');
    const state = await open(db, second.id);
    const values = state.values.value;
    if (!values || first.id === undefined) throw new Error('fields expected');
    state.editFields({ ...values, intro: 'For #2' });
    state.open(first.id);
    await expect.poll(async () => (await db.issues.get(second.id ?? 0))?.intro).toBe('For #2');
    expect((await db.issues.get(first.id))?.intro).toBe('');
  });
});
