import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createArchivePageState } from '@/components/archive-page-state';
import { createArchiveSearch } from '@/lib/archive/archive-search';
import { DEFAULT_TEMPLATE } from '@/lib/template/template';
import { must } from '@/test/support/must';
import { testDatabase } from '@/test/support/test-database';

const ARCHIVE = path.resolve('test/fixtures/archive');
const chosen = (...names: string[]) => names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(ARCHIVE, name))) }));

function pageState() {
  const { store } = testDatabase();
  const idle: (() => void)[] = [];
  const state = createArchivePageState({
    store,
    loadTemplate: async () => DEFAULT_TEMPLATE,
    saveZip: () => {},
    yieldToPage: async () => {},
    whenIdle: (work) => void idle.push(work),
  });
  /** Runs what waited for an idle page (storing the index) and lets its write finish. */
  const settle = async () => {
    for (let work = idle.shift(); work; work = idle.shift()) work();
    await new Promise((resolve) => setTimeout(resolve, 50));
  };
  return { store, state, settle };
}

describe('the Archive page’s search index', () => {
  it('adds a second import’s items to the index it holds, and stores it, the same as one built from the whole archive', async () => {
    const { store, state, settle } = pageState();
    await state.loadItems();
    await state.importChosen(chosen('0128.md'));
    await state.importChosen(chosen('0130.md', '0132.md'));
    expect(state.error.value).toBeNull();
    const all = await store.archiveItems();
    expect(state.items.value).toEqual(all);
    state.search('process bad rap');
    expect(state.hits.value.map((hit) => hit.item.issueNumber)).toContain(130);
    const whole = createArchiveSearch(all);
    for (const words of ['process', 'hiring', 'documentation']) {
      state.search(words);
      expect(new Set(state.hits.value.map((hit) => hit.item.clipId))).toEqual(new Set(whole.search(words).map((hit) => hit.item.clipId)));
    }

    await settle();
    const stored = must(await store.storedArchiveSearch(await store.archiveSearchBasis()), 'the stored index');
    expect(JSON.parse(stored).index.documentCount).toBe(all.length);
  });

  it('builds the index again when an import adds other issues than the page expected (another page imported one meanwhile)', async () => {
    const first = pageState();
    await first.state.loadItems();
    const other = createArchivePageState({ store: first.store, loadTemplate: async () => DEFAULT_TEMPLATE, saveZip: () => {}, yieldToPage: async () => {} });
    await other.loadItems();
    await other.importChosen(chosen('0130.md'));
    // This page's index does not know #130 is stored: the import adds only #132.
    await first.state.importChosen(chosen('0130.md', '0132.md'));
    expect(first.state.report.value?.outcome).toMatchObject({ added: [132], unchanged: [130] });
    const all = await first.store.archiveItems();
    expect(first.state.items.value).toEqual(all);
    first.state.search('process bad rap');
    expect(first.state.hits.value.map((hit) => hit.item.clipId)).toEqual(
      createArchiveSearch(all)
        .search('process bad rap')
        .map((hit) => hit.item.clipId),
    );
  });

  it('never stores an index an import is still adding to: a failed import leaves no placeholder items behind', async () => {
    const { store } = testDatabase();
    const idle: (() => void)[] = [];
    const runIdle = async () => {
      for (let work = idle.shift(); work; work = idle.shift()) work();
      await new Promise((resolve) => setTimeout(resolve, 50));
    };
    const failing: typeof store = {
      ...store,
      importIssues: async (_issues, choice) => {
        choice?.whileWriting?.();
        await new Promise((resolve) => setTimeout(resolve, 20));
        // The page is idle while the database writes: the empty archive's index was waiting to be stored.
        await runIdle();
        throw new Error('The disk is full.');
      },
    };
    const state = createArchivePageState({
      store: failing,
      loadTemplate: async () => DEFAULT_TEMPLATE,
      saveZip: () => {},
      yieldToPage: async () => {},
      whenIdle: (work) => void idle.push(work),
    });
    await state.loadItems();
    await state.importChosen(chosen('0130.md'));
    expect(state.error.value).toContain('The disk is full.');
    await runIdle();
    state.search('process bad rap');
    expect(state.hits.value).toEqual([]);
    const stored = await store.storedArchiveSearch(await store.archiveSearchBasis());
    expect(stored === null ? 0 : JSON.parse(stored).items.length).toBe(0);
  });

  it('opens with the stored index, searchable before the items are read', async () => {
    const first = pageState();
    await first.state.loadItems();
    await first.state.importChosen(chosen('0130.md'));
    await first.settle();
    const basis = await first.store.archiveSearchBasis();
    expect(await first.store.storedArchiveSearch(basis)).not.toBeNull();

    // A second page on the same archive: the index comes from storage.
    const again = createArchivePageState({
      store: first.store,
      loadTemplate: async () => DEFAULT_TEMPLATE,
      saveZip: () => {},
      whenIdle: (work) => void setTimeout(work, 0),
    });
    const loading = again.loadItems();
    await expect.poll(() => again.searchReady.value).toBe(true);
    again.search('process bad rap');
    expect(again.hits.value[0]?.title).toBe('Process has a bad rap');
    await loading;
    // The items came with the index: the list for browsing is the archive's.
    expect(again.items.value).toEqual(await first.store.archiveItems());
  });
});
