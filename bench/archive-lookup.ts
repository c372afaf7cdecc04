// "Linked in #N" lookups with the whole archive stored: the 94 files of
// test/fixtures/archive imported with importIssues, in Node on fake-indexeddb
// (a pure-JS IndexedDB, slower than the browser's own: a pessimistic figure).
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, percentile } from '@/bench/stats';
import { readIssueFile } from '@/lib/archive/issue-file';
import { openStore } from '@/lib/db';
import type { ImportedIssue } from '@/lib/model/imported-issue';

export interface ArchiveLookupBench {
  issues: number;
  links: number;
  lookups: number;
  median: number;
  p95: number;
  /** Lookups that find the page in an archived issue (half of them): they also read those issues' rows. */
  hitMedian: number;
  hitP95: number;
}

const ARCHIVE = path.resolve(import.meta.dirname, '../test/fixtures/archive');

export async function benchArchiveLookup(lookups = 400): Promise<ArchiveLookupBench> {
  const files = readdirSync(ARCHIVE).filter((f) => f.endsWith('.md'));
  const issues = files.map((f) => readIssueFile(f, readFileSync(path.join(ARCHIVE, f), 'utf8'))).filter((i): i is ImportedIssue => 'items' in i);
  const store = openStore(`bench-archive-lookup-${Date.now()}`);
  await store.importIssues(issues);
  const current = (await store.currentIssue()).id;
  const urls = [...new Set(issues.flatMap((i) => i.items.flatMap((item) => [...item.links.map((l) => l.url), ...item.textUrls])))];
  // The popup passes the template's own links; the lookup filters them out first.
  const options = { siteUrl: 'https://www.researchcomputingteams.org', ignoredUrls: ['https://www.researchcomputingteams.org/jobs/'] };
  for (let i = 0; i < 20; i++) await store.findDuplicates([urls[(i * 37) % urls.length] as string], current, options); // warm-up

  const times: number[] = [];
  for (let i = 0; i < lookups; i++) {
    // Half hits (written in an archived issue, as the popup looks up the page and its canonical URL), half misses.
    const url = i % 2 === 0 ? (urls[(i * 7919) % urls.length] as string) : `https://new.example/${i}`;
    const start = performance.now();
    await store.findDuplicates([url, `${url}#top`], current, options);
    times.push(performance.now() - start);
  }
  store.close();
  const hits = times.filter((_, i) => i % 2 === 0);
  return {
    issues: issues.length,
    links: urls.length,
    lookups,
    median: median(times),
    p95: percentile(times, 95),
    hitMedian: median(hits),
    hitP95: percentile(hits, 95),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchArchiveLookup();
  console.log(
    `"Linked in" lookup, ${r.issues} archived issues (${r.links} links): median ${r.median.toFixed(3)} ms, p95 ${r.p95.toFixed(3)} ms (${r.lookups} lookups); hits alone median ${r.hitMedian.toFixed(3)} ms, p95 ${r.hitP95.toFixed(3)} ms`,
  );
}
