import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOptionsState, type OptionsStore } from '@/components/options-state';
import type { StampedTemplate } from '@/lib/model/setting';
import type { SaveScheduler } from '@/lib/saving/save-scheduler';
import { DEFAULT_TEMPLATE, type RoundupTemplate } from '@/lib/template/template';

/** A sync writer that does nothing, for tests to override one method of. */
const idle = (): SaveScheduler<StampedTemplate> => ({ schedule() {}, flush: async () => {}, flushOnUnload: async () => {}, cancel() {} });

function fakeStore(template: RoundupTemplate = DEFAULT_TEMPLATE) {
  const calls: string[] = [];
  const saved: RoundupTemplate[] = [];
  const store: OptionsStore = {
    loadTemplate: async () => template,
    saveTemplate: async (t) => {
      saved.push(t);
      calls.push(`template ${t.sections.map((s) => s.name).join('|')}`);
    },
    renameSection: async (from, to) => void calls.push(`rename ${from} -> ${to}`),
    applyTemplateSections: async (sections) => void calls.push(`apply ${sections.length}`),
  };
  return { store, calls, saved };
}

const twoSections = {
  ...DEFAULT_TEMPLATE,
  sections: [
    { name: 'Teams', briefs: false },
    { name: 'Random', briefs: true },
  ],
};

describe('createOptionsState', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves the edited template as typed and says so', async () => {
    const { store, calls, saved } = fakeStore(twoSections);
    const state = createOptionsState(store);
    await state.load();
    state.editTemplate({ signOff: 'Jonathan' });
    expect(state.status.value).toBe('Saving…');
    await vi.advanceTimersByTimeAsync(250);
    expect(calls).toEqual(['template Teams|Random', 'apply 2']);
    expect(saved[0]?.signOff).toBe('Jonathan');
    expect(state.status.value).toBe('Saved.');
  });

  it('renames a section before saving the template, and a second rename starts from the first', async () => {
    const { store, calls } = fakeStore(twoSections);
    const state = createOptionsState(store);
    await state.load();
    const [teams, random] = state.rows.value;
    if (!teams || !random) throw new Error('two rows expected');
    state.editRows([{ ...teams, name: 'Leading Teams' }, random]);
    await vi.advanceTimersByTimeAsync(250);
    state.editRows([{ ...teams, name: 'Leading People' }, random]);
    await state.saving.flush();
    expect(calls).toEqual([
      'rename Teams -> Leading Teams',
      'template Leading Teams|Random',
      'apply 2',
      'rename Leading Teams -> Leading People',
      'template Leading People|Random',
      'apply 2',
    ]);
  });

  it('reports a template that cannot be read, and a save that fails', async () => {
    const failing = createOptionsState({ ...fakeStore().store, loadTemplate: () => Promise.reject(new Error('sync is off')) });
    await failing.load();
    expect(failing.error.value).toBe('Saving failed: sync is off');
    const state = createOptionsState({ ...fakeStore().store, saveTemplate: () => Promise.reject(new DOMException('full', 'QuotaExceededError')) });
    await state.load();
    state.editTemplate({ greeting: 'Hello!' });
    await state.saving.flush();
    expect(state.error.value).toMatch(/storage for this extension is full/);
  });

  it('a section emptied while being renamed is not saved: the rename goes through once it has its new name', async () => {
    const { store, calls } = fakeStore(twoSections);
    const state = createOptionsState(store);
    await state.load();
    const [teams, random] = state.rows.value;
    if (!teams || !random) throw new Error('two rows expected');
    state.editRows([{ ...teams, name: '' }, random]);
    expect(state.problems.value).toEqual([{ field: 'sections', index: 0, message: 'Give this section a name, or remove it.' }]);
    expect(state.status.value).toMatch(/^Not saved: one field needs fixing first/);
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toEqual([]);
    state.editRows([{ ...teams, name: 'People' }, random]);
    await state.saving.flush();
    expect(calls).toEqual(['rename Teams -> People', 'template People|Random', 'apply 2']);
    expect(state.status.value).toBe('Saved.');
  });

  it('refuses a duplicate section name, closing text without its heading and an empty layout, keeping what was typed', async () => {
    const { store, calls } = fakeStore(twoSections);
    const state = createOptionsState(store);
    await state.load();
    const [teams, random] = state.rows.value;
    if (!teams || !random) throw new Error('two rows expected');
    state.editRows([teams, { ...random, name: 'teams' }]);
    state.editTemplate({ closingHeading: '', layout: '' });
    expect(state.problems.value.map((p) => [p.field, p.index])).toEqual([
      ['sections', 1],
      ['closingHeading', undefined],
      ['layout', undefined],
    ]);
    expect(state.template.value).toMatchObject({ closingHeading: '', layout: '' });
    expect(state.rows.value[1]?.name).toBe('teams');
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toEqual([]);
    expect(state.status.value).toMatch(/^Not saved: 3 fields need fixing first/);
  });

  it('keeps the template in IndexedDB as typed and hands each saved copy, stamped, to the sync writer', async () => {
    const { store, saved } = fakeStore(twoSections);
    const copies: StampedTemplate[] = [];
    const syncWriter = () => ({ ...idle(), schedule: (copy: StampedTemplate) => void copies.push(copy) });
    const state = createOptionsState(store, { syncWriter, now: () => 42 });
    await state.load();
    state.editTemplate({ signOff: 'Jonathan' });
    await vi.advanceTimersByTimeAsync(250);
    expect(saved[0]?.signOff).toBe('Jonathan');
    expect(copies).toEqual([{ template: saved[0], updatedAt: 42 }]);
  });

  it('on unload, the edit waiting is put in IndexedDB at once and the sync copy is written now', async () => {
    const { store, saved } = fakeStore(twoSections);
    const flushed: string[] = [];
    let waiting: StampedTemplate | null = null;
    const syncWriter = () => ({
      ...idle(),
      schedule: (copy: StampedTemplate) => {
        waiting = copy;
      },
      flush: async () => void flushed.push(waiting?.template.signOff ?? ''),
    });
    const state = createOptionsState(store, { syncWriter, now: () => 7 });
    await state.load();
    state.editTemplate({ signOff: 'Typed then closed' });
    const unloading = state.saving.flushOnUnload();
    // Before anything is awaited: the put has been asked for and the sync copy flushed.
    expect(saved[0]?.signOff).toBe('Typed then closed');
    expect(flushed[0]).toBe('Typed then closed');
    await unloading;
  });

  it('says in words when the sync copy failed, and stops once a copy succeeds', async () => {
    const { store } = fakeStore(twoSections);
    let report: (error: unknown) => void = () => {};
    const state = createOptionsState(store, {
      syncWriter: (onResult) => {
        report = onResult;
        return idle();
      },
    });
    report(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    expect(state.syncError.value).toMatch(/saved in this browser, but its copy .* sync storage is full/);
    report(null);
    expect(state.syncError.value).toBeNull();
  });
});
