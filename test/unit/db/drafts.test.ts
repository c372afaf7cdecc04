import { describe, expect, it } from 'vitest';
import { deleteDraft, loadDraft, saveDraft } from '@/lib/db';
import type { ClipForm } from '@/lib/model/clip-draft';
import { testDatabase } from '@/test/support/test-database';

const form = (commentary: string) => ({ title: 'T', url: 'https://a.example/', commentary }) as ClipForm;

describe('drafts', () => {
  it('are keyed by page: a draft for another page never leaks in', async () => {
    const db = testDatabase();
    await saveDraft(db, 'https://a.example/', form('about A'));
    await saveDraft(db, 'https://b.example/', form('about B'));
    expect((await loadDraft(db, 'https://a.example/'))?.form.commentary).toBe('about A');
    expect(await loadDraft(db, 'https://c.example/')).toBeUndefined();
  });

  it('are replaced by the newest save and removed by deleteDraft', async () => {
    const db = testDatabase();
    await saveDraft(db, 'k', form('one'), 1);
    await saveDraft(db, 'k', form('two'), 2);
    expect(await loadDraft(db, 'k')).toMatchObject({ form: { commentary: 'two' }, updatedAt: 2 });
    await deleteDraft(db, 'k');
    expect(await loadDraft(db, 'k')).toBeUndefined();
  });
});
