import { describe, expect, it } from 'vitest';
import type { ClipForm } from '@/lib/model/clip-draft';
import { testDatabase } from '@/test/support/test-database';

const form = (commentary: string) => ({ title: 'T', url: 'https://a.example/', commentary }) as ClipForm;

describe('drafts', () => {
  it('are keyed by page: a draft for another page never leaks in', async () => {
    const { store } = testDatabase();
    await store.saveDraft('https://a.example/', form('about A'));
    await store.saveDraft('https://b.example/', form('about B'));
    expect((await store.loadDraft('https://a.example/'))?.form.commentary).toBe('about A');
    expect(await store.loadDraft('https://c.example/')).toBeUndefined();
  });

  it('are replaced by the newest save and removed by deleteDraft', async () => {
    const { store } = testDatabase();
    await store.saveDraft('k', form('one'), 1);
    await store.saveDraft('k', form('two'), 2);
    expect(await store.loadDraft('k')).toMatchObject({ form: { commentary: 'two' }, updatedAt: 2 });
    await store.deleteDraft('k');
    expect(await store.loadDraft('k')).toBeUndefined();
  });
});
