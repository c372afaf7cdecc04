import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PendingEdit } from '@/lib/model/pending-edit';
import { applyAllPendingEdits, fallbackKey, pendingFallbacks, savePendingFallback } from '@/lib/saving/pending-edit-fallback';
import { createPendingEditWriter } from '@/lib/saving/pending-edit-writer';

const record = (id: number, updatedAt: number): PendingEdit => ({
  key: `clip:${id}`,
  target: 'clip',
  id,
  edit: { commentary: `typed ${updatedAt}` },
  base: { commentary: '' },
  updatedAt,
});
const area = () => fakeBrowser.storage.local;
const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => fakeBrowser.reset());

describe('pending edits in storage.local', () => {
  it('are kept one per clip or issue, read back oldest first, other entries left alone', async () => {
    await area().set({ template: { x: 1 }, 'pendingEdit:junk': 'not a record' });
    await savePendingFallback(area(), record(2, 20));
    await savePendingFallback(area(), record(1, 10));
    await savePendingFallback(area(), record(2, 30));
    expect(fallbackKey(record(12, 1))).toBe('pendingEdit:clip:12');
    expect(await pendingFallbacks(area())).toEqual([record(1, 10), record(2, 30)]);
  });

  it('are applied with the IndexedDB ones, and removed once settled; an unsettled one stays', async () => {
    await savePendingFallback(area(), record(1, 10));
    await savePendingFallback(area(), record(2, 20));
    const seen: PendingEdit[][] = [];
    const applied = await applyAllPendingEdits(async (extra) => {
      seen.push([...extra]);
      return [record(7, 1), record(1, 10)];
    }, area());
    expect(seen).toEqual([[record(1, 10), record(2, 20)]]);
    expect(applied).toBe(2);
    expect(await pendingFallbacks(area())).toEqual([record(2, 20)]);
  });

  it('a failure to apply leaves storage.local as it was', async () => {
    await savePendingFallback(area(), record(1, 10));
    await expect(applyAllPendingEdits(() => Promise.reject(new Error('closed')), area())).rejects.toThrow('closed');
    expect(await pendingFallbacks(area())).toEqual([record(1, 10)]);
  });
});

describe('createPendingEditWriter', () => {
  it('writes through IndexedDB when it can, and to storage.local only when IndexedDB refuses', async () => {
    const puts: PendingEdit[] = [];
    const errors: unknown[] = [];
    const working = createPendingEditWriter(
      async (p) => void puts.push(p),
      area(),
      (e) => errors.push(e),
    );
    working.persist(record(1, 10));
    expect(puts).toEqual([record(1, 10)]); // in the same tick
    const closed = Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' });
    const refused = createPendingEditWriter(
      () => Promise.reject(closed),
      area(),
      (e) => errors.push(e),
    );
    refused.persist(record(2, 20));
    await expect.poll(() => pendingFallbacks(area())).toEqual([record(2, 20)]);
    expect(errors).toEqual([]);
  });

  it('a later save supersedes the storage.local record; an earlier one does not', async () => {
    const writer = createPendingEditWriter(
      () => Promise.reject(new Error('quota')),
      area(),
      () => {},
    );
    writer.persist(record(3, 30));
    await expect.poll(() => pendingFallbacks(area())).toHaveLength(1);
    writer.settled('clip:3', 25);
    await settle();
    expect(await pendingFallbacks(area())).toHaveLength(1);
    writer.settled('clip:3', 31);
    await expect.poll(() => pendingFallbacks(area())).toEqual([]);
  });

  it('without storage.local, the refusal is reported', async () => {
    const errors: unknown[] = [];
    createPendingEditWriter(
      () => Promise.reject(new Error('quota')),
      undefined,
      (e) => errors.push(e),
    ).persist(record(1, 1));
    await expect.poll(() => errors.length).toBe(1);
  });
});
