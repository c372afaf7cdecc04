// Duplicate lookup against a large archive, in Node on fake-indexeddb (a pure-JS
// IndexedDB, slower than the browser's own, so this is a pessimistic figure).
import 'fake-indexeddb/auto';
import { pathToFileURL } from 'node:url';
import { median, percentile } from '@/bench/stats';
import { openStore } from '@/lib/db';
import type { Clip } from '@/lib/model/clip';
import type { Issue } from '@/lib/model/issue';
import { urlKeysFor } from '@/lib/url/url-key';

export interface DuplicateLookupBench {
  links: number;
  lookups: number;
  median: number;
  p95: number;
}

const ISSUES = 250;
const urlOf = (n: number) => `https://site${n % 400}.example/${2019 + (n % 7)}/post-${n}?utm_source=newsletter`;

/**
 * Writes rows exactly as stored, in one transaction, straight through IndexedDB: no verb adds
 * 20,000 links at once, and the archive's tables stay inside `lib/db`. Issue ids are given
 * (1..ISSUES); clip ids are left to the key generator.
 */
function seedArchive(name: string, issues: readonly Issue[], clips: readonly Omit<Clip, 'id' | 'uid' | 'rev'>[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(['issues', 'clips'], 'readwrite');
      for (const issue of issues) tx.objectStore('issues').add(issue);
      for (const clip of clips) tx.objectStore('clips').add(clip);
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

export async function benchDuplicateLookup(links = 20_000, lookups = 400): Promise<DuplicateLookupBench> {
  const name = `bench-duplicates-${Date.now()}`;
  const store = openStore(name);
  await store.countClips(0); // opens the database, so its tables exist before the rows go in
  const issues: Issue[] = Array.from({ length: ISSUES }, (_, i) => ({
    id: i + 1,
    number: i + 1,
    date: '2026-01-02',
    status: i === ISSUES - 1 ? 'draft' : 'published',
    intro: '',
    sectionOrder: ['Random'],
    uid: `issue-${i + 1}`,
    rev: 1,
    createdAt: 0,
    updatedAt: 0,
  }));
  // Two links per clip, as grouped items are common enough.
  const clips: Omit<Clip, 'id' | 'uid' | 'rev'>[] = [];
  for (let n = 0; n < links; n += 2) {
    const itemLinks = [n, n + 1].map((k) => ({ title: `Post ${k}`, url: urlOf(k), authors: [], source: null, attribution: '' }));
    clips.push({
      issueId: ((n / 2) % ISSUES) + 1,
      section: 'Random',
      position: n,
      kind: 'link',
      links: itemLinks,
      commentary: '',
      label: '',
      inSubtitle: false,
      deletedAt: null,
      urlKeys: urlKeysFor(itemLinks),
      createdAt: n,
      updatedAt: n,
    });
  }
  await seedArchive(name, issues, clips);
  const current = ISSUES;
  for (let i = 0; i < 20; i++) await store.findDuplicates([urlOf(i * 37)], current); // warm-up

  const times: number[] = [];
  for (let i = 0; i < lookups; i++) {
    // Half hits (found in the archive), half misses (a page never clipped).
    const url = i % 2 === 0 ? urlOf((i * 7919) % links).replace('https://', 'http://www.') : `https://new.example/${i}`;
    const start = performance.now();
    await store.findDuplicates([url], current);
    times.push(performance.now() - start);
  }
  store.close();
  return { links, lookups, median: median(times), p95: percentile(times, 95) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchDuplicateLookup();
  console.log(
    `duplicate lookup, ${result.links} stored links: median ${result.median.toFixed(3)} ms, p95 ${result.p95.toFixed(3)} ms (${result.lookups} lookups)`,
  );
}
