import { describe, expect, it } from 'vitest';
import { createArchiveSearch, loadArchiveSearch } from '@/lib/archive/archive-search';
import type { ArchiveItem } from '@/lib/model/archive-item';

const item = (clipId: number, title: string, commentary: string, section = 'Random', attribution = ''): ArchiveItem => ({
  clipId,
  issueId: clipId,
  issueNumber: 100 + clipId,
  date: '2022-07-16',
  section,
  kind: 'link',
  links: title ? [{ title, url: `https://e.org/${clipId}`, authors: [], source: null, attribution }] : [],
  commentary,
});

const ITEMS = [
  item(1, 'Why we stopped writing grant reports', 'A long piece about *funding* cycles and hiring.'),
  item(2, 'Hiring your first research software engineer', 'Practical advice on job ads.'),
  item(3, 'Kubernetes for HPC centres', 'Mentions hiring in passing, and [a hiring guide](https://e.org/guide).', 'Research Computing Systems'),
  item(4, '', 'A brief about hiring freezes at universities.'),
  item(5, 'Scheduling at scale', 'Batch systems compared.', 'Research Computing Systems', 'Dana Smith, HPCwire'),
];

describe('createArchiveSearch', () => {
  const search = createArchiveSearch(ITEMS);

  it('ranks a title match above matches in commentary', () => {
    const hits = search.search('hiring');
    expect(hits[0]?.item.clipId).toBe(2);
    expect(hits.map((h) => h.item.clipId).sort()).toEqual([1, 2, 3, 4]);
  });

  it('finds by attribution and by section, every word required, prefixes included', () => {
    expect(search.search('hpcwire').map((h) => h.item.clipId)).toEqual([5]);
    expect(search.search('kubern hpc').map((h) => h.item.clipId)).toEqual([3]);
    expect(search.search('hiring kubernetes').map((h) => h.item.clipId)).toEqual([3]);
    expect(search.search('   ')).toEqual([]);
  });

  it('shows a title for a note or brief and a snippet of plain text around the words', () => {
    const [brief] = search.search('freezes');
    expect(brief?.title).toBe('A brief about hiring freezes at universities.');
    const [k8s] = search.search('guide');
    expect(k8s?.snippet).toBe('Mentions hiring in passing, and a hiring guide.');
  });
});

describe('building the index at once', () => {
  it('leaves the index adding the items one by one leaves: the same scores and field lengths', () => {
    const built = createArchiveSearch(ITEMS);
    const added = createArchiveSearch([]);
    added.add(ITEMS);
    expect(JSON.parse(built.toJSON()).index).toEqual(JSON.parse(added.toJSON()).index);
    for (const query of ['hiring', 'hpcwire', 'kubern hpc', 'freez', 'research computing', 'guid'])
      expect(built.search(query).map((hit) => [hit.item, hit.score])).toEqual(added.search(query).map((hit) => [hit.item, hit.score]));
  });
});

describe('the stored archive search', () => {
  it('loads with its items and answers as the index it was made from', () => {
    const loaded = loadArchiveSearch(createArchiveSearch(ITEMS).toJSON());
    expect(loaded.items).toEqual(ITEMS);
    expect(loaded.search('hiring').map((hit) => hit.item)).toEqual(
      createArchiveSearch(ITEMS)
        .search('hiring')
        .map((hit) => hit.item),
    );
  });

  it('stores its term tree: loaded, it writes the same JSON, and takes more items as a fresh index does', () => {
    const json = createArchiveSearch(ITEMS.slice(0, 3)).toJSON();
    expect(JSON.parse(json).tree).toBeDefined();
    const loaded = loadArchiveSearch(json);
    expect(loaded.toJSON()).toBe(json);
    loaded.add(ITEMS.slice(3));
    expect(loaded.toJSON()).toBe(createArchiveSearch(ITEMS).toJSON());
    for (const query of ['hiring', 'hpcwire', 'kubern hpc', 'freez'])
      expect(loaded.search(query).map((hit) => [hit.item, hit.score])).toEqual(
        createArchiveSearch(ITEMS)
          .search(query)
          .map((hit) => [hit.item, hit.score]),
      );
  });

  it('refuses an index stored in another shape (MiniSearch’s JSON alone, as an earlier version stored it)', () => {
    const earlier = JSON.parse(createArchiveSearch(ITEMS).toJSON()).index;
    expect(() => loadArchiveSearch(JSON.stringify(earlier))).toThrow();
  });

  it('indexes items in batches, and settles placeholders into the stored items', async () => {
    const placeholders = ITEMS.map((item) => ({ ...item, clipId: 0, issueId: 0 }));
    const search = createArchiveSearch([]);
    let pauses = 0;
    await search.addInBatches(placeholders, async () => {
      pauses++;
    });
    expect(pauses).toBe(0);
    search.settle(0, ITEMS);
    expect(search.items).toEqual(ITEMS);
    expect(search.search('hiring').map((hit) => hit.item)).toEqual(
      createArchiveSearch(ITEMS)
        .search('hiring')
        .map((hit) => hit.item),
    );
    const many = Array.from({ length: 450 }, (_, i) => ({ ...ITEMS[i % ITEMS.length], clipId: 100 + i }) as ArchiveItem);
    await search.addInBatches(many, async () => {
      pauses++;
    });
    expect(pauses).toBe(2);
    expect(search.size).toBe(ITEMS.length + many.length);
  });
});
