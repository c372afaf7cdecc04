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

  it('a popup closing writes its draft committed at once, before the database is open or after; saveDraft then writes it again', async () => {
    const { db, store } = testDatabase();
    await store.saveDraftOnUnload('k', form('typed before anything was read'), 1);
    expect(db.isOpen()).toBe(true);
    expect(await store.loadDraft('k')).toMatchObject({ form: { commentary: 'typed before anything was read' }, updatedAt: 1 });
    await store.saveDraftOnUnload('k', form('typed as the popup closed'), 2);
    expect(await store.loadDraft('k')).toMatchObject({ form: { commentary: 'typed as the popup closed' }, updatedAt: 2 });
    await store.saveDraft('k', form('typed as the popup closed'), 2);
    expect(await db.drafts.count()).toBe(1);
  });
});
