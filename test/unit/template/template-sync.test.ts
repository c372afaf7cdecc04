import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Setting, StampedTemplate } from '@/lib/model/setting';
import { DEFAULT_TEMPLATE, type RoundupTemplate } from '@/lib/template/template';
import { loadStampedTemplate, loadTemplate, saveTemplate } from '@/lib/template/template-store';
import { readSyncedTemplate, SYNC_INTERVAL_MS, SYNC_LIMITS, splitForSync, syncErrorMessage, writeSyncedTemplate } from '@/lib/template/template-sync';
import { type Clock, createTemplateSyncWriter } from '@/lib/template/template-sync-writer';

const sync = () => fakeBrowser.storage.sync;
const stamped = (signOff: string, updatedAt: number, patch: Partial<RoundupTemplate> = {}): StampedTemplate => ({
  template: { ...DEFAULT_TEMPLATE, signOff, ...patch },
  updatedAt,
});
const encoder = new TextEncoder();
const itemBytes = (key: string, value: unknown) => encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;

/** A clock the test moves by hand: timers fire only when `advance` passes them. */
function manualClock() {
  let time = 1_000_000;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let next = 0;
  const clock: Clock = {
    now: () => time,
    setTimeout: (run, ms) => {
      const id = next++;
      timers.push({ at: time + ms, run, id });
      return id;
    },
    clearTimeout: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  const advance = async (ms: number) => {
    time += ms;
    const due = timers.filter((t) => t.at <= time);
    timers = timers.filter((t) => t.at > time);
    for (const t of due) t.run();
    // Let the fake storage's promises settle.
    for (let i = 0; i < 20; i++) await Promise.resolve();
  };
  return { clock, advance };
}

beforeEach(() => fakeBrowser.reset());

describe('splitting the template across sync items', () => {
  it('keeps every item under the per-item quota, never cutting a character, and joins back exactly', () => {
    const json = JSON.stringify({ text: `${'é"\\\n😀 ab'.repeat(3_000)}` });
    const parts = splitForSync(json);
    expect(parts.length).toBeGreaterThan(3);
    for (const [i, part] of parts.entries()) expect(itemBytes(`template.${i}`, part)).toBeLessThanOrEqual(SYNC_LIMITS.bytesPerItem);
    expect(parts.join('')).toBe(json);
    expect(parts.every((p) => !/[\uD800-\uDBFF]$/.test(p))).toBe(true);
  });

  it('a long template round-trips through storage.sync in several items, and a shorter one leaves no stale parts', async () => {
    const long = stamped('Jonathan', 5, { aboutText: 'About this newsletter. '.repeat(1_000) });
    await writeSyncedTemplate(sync(), long);
    const stored = await sync().get(null);
    expect(Object.keys(stored).filter((k) => k.startsWith('template.')).length).toBeGreaterThan(2);
    for (const [key, value] of Object.entries(stored)) expect(itemBytes(key, value)).toBeLessThanOrEqual(SYNC_LIMITS.bytesPerItem);
    expect(await readSyncedTemplate(sync())).toEqual(long);

    await writeSyncedTemplate(sync(), stamped('Short', 6));
    expect(Object.keys(await sync().get(null)).sort()).toEqual(['template', 'template.0']);
    expect(await readSyncedTemplate(sync())).toEqual(stamped('Short', 6));
  });

  it('refuses a template beyond the total quota with words, writing nothing', async () => {
    const huge = stamped('x', 1, { aboutText: 'x'.repeat(SYNC_LIMITS.bytes + 10) });
    const error = await writeSyncedTemplate(sync(), huge).catch((e: unknown) => e);
    expect(syncErrorMessage(error)).toMatch(/saved in this browser.*more than the 100 KB sync storage holds/);
    expect(await sync().get(null)).toEqual({});
  });

  it('reads an incomplete copy (a part not yet synced) as none, and an old whole template as the oldest', async () => {
    await sync().set({ template: { updatedAt: 9, parts: 2 }, 'template.0': '{"signOff":' });
    expect(await readSyncedTemplate(sync())).toBeNull();
    await sync().set({ template: { ...DEFAULT_TEMPLATE, signOff: 'Old' } });
    expect(await readSyncedTemplate(sync())).toEqual({ template: { ...DEFAULT_TEMPLATE, signOff: 'Old' }, updatedAt: 0 });
  });
});

describe('loadTemplate: the newer of IndexedDB’s copy and storage.sync’s', () => {
  const settings = (setting?: Setting) => ({ loadSetting: async () => setting });

  it('takes sync’s copy when it is newer (an edit made on another machine)', async () => {
    await saveTemplate(sync(), stamped('From the laptop', 20).template, 20);
    const local = settings({ key: 'template', value: stamped('From here', 10).template, updatedAt: 10 });
    expect((await loadTemplate(sync(), local)).signOff).toBe('From the laptop');
  });

  it('takes IndexedDB’s copy when it is newer (typed here, sync copy still waiting)', async () => {
    await saveTemplate(sync(), stamped('Synced', 10).template, 10);
    const local = settings({ key: 'template', value: stamped('Typed', 11).template, updatedAt: 11 });
    expect(await loadStampedTemplate(sync(), local)).toEqual(stamped('Typed', 11));
  });

  it('falls back to whichever exists, then to the default', async () => {
    expect(await loadTemplate(sync(), settings())).toEqual(DEFAULT_TEMPLATE);
    await saveTemplate(sync(), stamped('Only synced', 3).template, 3);
    const broken = { loadSetting: () => Promise.reject(new Error('closed')) };
    expect((await loadTemplate(sync(), broken)).signOff).toBe('Only synced');
  });
});

describe('the throttled sync writer', () => {
  it('copies the first edit at once, then at most one write per interval with the last value', async () => {
    const { clock, advance } = manualClock();
    const set = vi.spyOn(sync(), 'set');
    const results: unknown[] = [];
    const writer = createTemplateSyncWriter(sync(), clock, (e) => results.push(e));
    writer.schedule(stamped('a', 1));
    await advance(0);
    expect(set).toHaveBeenCalledTimes(1);
    for (const [i, letter] of [...'bcdefgh'].entries()) {
      writer.schedule(stamped(letter, 2 + i));
      await advance(500);
    }
    // 3.5 s after the first write: nothing more written yet.
    expect(set).toHaveBeenCalledTimes(1);
    await advance(SYNC_INTERVAL_MS);
    expect(set).toHaveBeenCalledTimes(2);
    expect((await readSyncedTemplate(sync()))?.template.signOff).toBe('h');
    expect(results).toEqual([null, null]);
  });

  it('stays within the per-minute and per-hour write limits under an hour of steady typing', async () => {
    const { clock, advance } = manualClock();
    let writes = 0;
    // Counts calls only: an hour of fakeBrowser writes is too slow for a unit test.
    const counted = {
      get: async () => ({}),
      set: async () => void writes++,
      remove: async () => void writes++,
    } as unknown as ReturnType<typeof sync>;
    const writer = createTemplateSyncWriter(counted, clock, () => {});
    let perMinute = 0;
    // An edit every two seconds for an hour.
    for (let second = 2; second <= 3600; second += 2) {
      const before = writes;
      writer.schedule(stamped(`edit ${second}`, second));
      await advance(2_000);
      perMinute += writes - before;
      if (second % 60 === 0) {
        expect(perMinute).toBeLessThanOrEqual(SYNC_LIMITS.writesPerMinute);
        perMinute = 0;
      }
    }
    expect(writes).toBeLessThanOrEqual(SYNC_LIMITS.writesPerHour);
    expect(writes).toBeGreaterThan(0);
  });

  it('flush (the page unloading) writes the waiting value now; cancel drops it', async () => {
    const { clock, advance } = manualClock();
    const writer = createTemplateSyncWriter(sync(), clock, () => {});
    writer.schedule(stamped('first', 1));
    writer.schedule(stamped('last typed', 2));
    await writer.flushOnUnload();
    expect((await readSyncedTemplate(sync()))?.template.signOff).toBe('last typed');
    writer.schedule(stamped('dropped', 3));
    writer.cancel();
    await advance(SYNC_INTERVAL_MS * 2);
    expect((await readSyncedTemplate(sync()))?.template.signOff).toBe('last typed');
  });

  it('reports a refused write in words, and clears it after the next copy succeeds', async () => {
    const { clock } = manualClock();
    const results: unknown[] = [];
    vi.spyOn(sync(), 'set').mockRejectedValueOnce(new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'));
    const writer = createTemplateSyncWriter(sync(), clock, (e) => results.push(e));
    writer.schedule(stamped('a', 1));
    await writer.flush();
    writer.schedule(stamped('b', 2));
    await writer.flush();
    expect(syncErrorMessage(results[0])).toMatch(/^Your template is saved in this browser, but .* only so many writes a minute/);
    expect(results[1]).toBeNull();
  });
});
