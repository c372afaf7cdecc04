import { describe, expect, it } from 'vitest';
import { pickEdit } from '@/lib/merge/clip-merge';
import { pickIssueEdit } from '@/lib/merge/issue-merge';
import type { NewClip } from '@/lib/model/clip';
import type { PendingEdit } from '@/lib/model/pending-edit';
import { testDatabase } from '@/test/support/test-database';

const clip = (issueId: number, title: string): NewClip => ({
  issueId,
  section: 'Random',
  kind: 'link',
  commentary: `On ${title}.`,
  links: [{ title, url: `https://e.org/${title}`, authors: [], source: null, attribution: '' }],
});

async function archive() {
  const { db, store } = testDatabase();
  const issue = await store.currentIssue(new Date(2026, 10, 22));
  const { clip: stored } = await store.addClip(clip(issue.id, 'A'));
  return { db, store, issue, stored };
}

describe('updateClip / updateIssue with a base', () => {
  it('merges two pages’ saves of different fields and keeps both; the same field keeps the other text as a conflict', async () => {
    const { store, stored } = await archive();
    const base = pickEdit(stored);
    await store.updateClip(stored.id, { ...base, label: 'From page 1' }, 10, base);
    const second = await store.updateClip(stored.id, { ...base, commentary: 'From page 2' }, 11, base);
    expect(second).toMatchObject({ label: 'From page 1', commentary: 'From page 2', conflicts: [] });
    expect(second.rev).toBe(stored.rev + 2);
    const third = await store.updateClip(stored.id, { ...base, commentary: 'From page 1 too' }, 12, base);
    expect(third.commentary).toBe('From page 1 too');
    expect(third.conflicts).toEqual([{ field: 'commentary', value: 'From page 2', at: 12 }]);
  });

  it('resolves a conflict with one click: keep the shown text, or take the other', async () => {
    const { store, stored, issue } = await archive();
    const base = pickEdit(stored);
    await store.updateClip(stored.id, { commentary: 'Theirs' }, 10, base);
    await store.updateClip(stored.id, { commentary: 'Mine' }, 11, base);
    await store.resolveClipConflict(stored.id, 'commentary', 'other');
    const [taken] = await store.clipsForIssue(issue.id, issue.sectionOrder);
    expect(taken).toMatchObject({ commentary: 'Theirs', conflicts: [] });

    const issueBase = pickIssueEdit(issue);
    await store.updateIssue(issue.id, { intro: 'Theirs' }, 10, issueBase);
    const mine = await store.updateIssue(issue.id, { intro: 'Mine' }, 11, issueBase);
    expect(mine.conflicts).toEqual([{ field: 'intro', value: 'Theirs', at: 11 }]);
    await store.resolveIssueConflict(issue.id, 'intro', 'keep');
    expect((await store.allIssues())[0]).toMatchObject({ intro: 'Mine', conflicts: [] });
  });

  it('settles the editor’s pending record in the same transaction, unless the record is newer than the save', async () => {
    const { store, stored } = await archive();
    const base = pickEdit(stored);
    const record: PendingEdit = { key: `clip:${stored.id}`, target: 'clip', id: stored.id, edit: { commentary: 'Typed' }, base, updatedAt: 20 };
    await store.savePendingEdit(record);
    await store.updateClip(stored.id, { commentary: 'Earlier' }, 15, base);
    expect(await store.pendingEdits()).toEqual([record]);
    await store.updateClip(stored.id, { commentary: 'Typed' }, 20, base);
    expect(await store.pendingEdits()).toEqual([]);
  });
});

describe('applyPendingEdits', () => {
  it('applies records from IndexedDB and from storage.local through the merge, oldest first, and returns them settled', async () => {
    const { store, stored, issue } = await archive();
    const base = pickEdit(stored);
    const inDb: PendingEdit = { key: `clip:${stored.id}`, target: 'clip', id: stored.id, edit: { ...base, commentary: 'Closed mid-save' }, base, updatedAt: 5 };
    const fromLocal: PendingEdit = {
      key: `issue:${issue.id}`,
      target: 'issue',
      id: issue.id,
      edit: { ...pickIssueEdit(issue), intro: 'From storage.local' },
      base: pickIssueEdit(issue),
      updatedAt: 6,
    };
    await store.savePendingEdit(inDb);
    // Another page saved a different field meanwhile: both are kept.
    await store.updateClip(stored.id, { label: 'Other page' }, 4, base);
    expect(await store.applyPendingEdits([fromLocal], 100)).toEqual([inDb, fromLocal]);
    expect((await store.clipsForIssue(issue.id, issue.sectionOrder))[0]).toMatchObject({ commentary: 'Closed mid-save', label: 'Other page' });
    expect((await store.allIssues())[0]?.intro).toBe('From storage.local');
    expect(await store.pendingEdits()).toEqual([]);
  });

  it('drops a record whose target is gone or published, keeps one for a deleted clip (its Undo brings it back)', async () => {
    const { store, stored, issue } = await archive();
    const base = pickEdit(stored);
    const { clip: deleted } = await store.addClip(clip(issue.id, 'Deleted'));
    await store.deleteClip(deleted.id);
    const gone: PendingEdit = { key: 'clip:999', target: 'clip', id: 999, edit: { commentary: 'x' }, base, updatedAt: 1 };
    const forDeleted: PendingEdit = { key: `clip:${deleted.id}`, target: 'clip', id: deleted.id, edit: { ...base, commentary: 'Kept' }, base, updatedAt: 2 };
    const issueEdit: PendingEdit = {
      key: `issue:${issue.id}`,
      target: 'issue',
      id: issue.id,
      edit: { intro: 'Too late' },
      base: pickIssueEdit(issue),
      updatedAt: 3,
    };
    for (const record of [gone, forDeleted, issueEdit]) await store.savePendingEdit(record);
    await store.publishIssue(issue.id, '# sent\n');
    expect(await store.applyPendingEdits([], 100)).toEqual([gone, issueEdit]);
    expect(await store.pendingEdits()).toEqual([forDeleted]);
  });

  it('a record that fails for another reason does not hold back the others; the failure is reported after', async () => {
    const { db, store, issue } = await archive();
    const failing: PendingEdit = {
      key: `issue:${issue.id}`,
      target: 'issue',
      id: issue.id,
      edit: { intro: 'Not yet' },
      base: pickIssueEdit(issue),
      updatedAt: 1,
    };
    const { clip: later } = await store.addClip(clip(issue.id, 'B'));
    const fine: PendingEdit = { key: `clip:${later.id}`, target: 'clip', id: later.id, edit: { commentary: 'Applied' }, base: pickEdit(later), updatedAt: 2 };
    await store.savePendingEdit(failing);
    await store.savePendingEdit(fine);
    // The issue's row refuses every write, as a full disk would.
    db.issues.hook('updating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(store.applyPendingEdits([], 100)).rejects.toThrow(/quota/);
    expect((await store.clipsForIssue(issue.id, issue.sectionOrder)).find((c) => c.id === later.id)?.commentary).toBe('Applied');
    expect(await store.pendingEdits()).toEqual([failing]);
  });

  it('an issue edit whose number another issue has: the rest is applied and the record settled, the number dropped', async () => {
    const { store, issue } = await archive();
    await store.publishIssue(issue.id, '# one\n');
    const next = (await store.allIssues()).find((i) => i.status === 'draft');
    if (!next) throw new Error('a draft expected');
    const taken: PendingEdit = {
      key: `issue:${next.id}`,
      target: 'issue',
      id: next.id,
      edit: { number: issue.number, intro: 'Typed before closing' },
      base: pickIssueEdit(next),
      updatedAt: 1,
    };
    await store.savePendingEdit(taken);
    expect(await store.applyPendingEdits([], 100)).toEqual([taken]);
    expect((await store.allIssues()).find((i) => i.id === next.id)).toMatchObject({ number: next.number, intro: 'Typed before closing' });
    expect(await store.pendingEdits()).toEqual([]);
  });
});

describe('savePendingEdit, as a page unloads', () => {
  const record = (id: number, commentary: string, updatedAt: number): PendingEdit => ({
    key: `clip:${id}`,
    target: 'clip',
    id,
    edit: { commentary },
    base: { commentary: '' },
    updatedAt,
  });

  it('writes with the database not yet open (through Dexie) and once it is (committed at once), the later record in place of the earlier', async () => {
    const { db, store } = testDatabase();
    expect(db.isOpen()).toBe(false);
    await store.savePendingEdit(record(1, 'Typed before anything was read', 1));
    expect(db.isOpen()).toBe(true);
    await store.savePendingEdit(record(1, 'Typed later', 2));
    await store.savePendingEdit(record(2, 'Another editor', 3));
    expect((await store.pendingEdits()).map((p) => [p.key, p.edit])).toEqual([
      ['clip:1', { commentary: 'Typed later' }],
      ['clip:2', { commentary: 'Another editor' }],
    ]);
  });

  it('is rejected when IndexedDB refuses the record, so the page can fall back to storage.local', async () => {
    const { db, store } = testDatabase();
    await db.open();
    // A record without its key cannot be stored.
    await expect(store.savePendingEdit({ ...record(1, 'x', 1), key: undefined } as unknown as PendingEdit)).rejects.toThrow();
  });
});
