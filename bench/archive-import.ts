// The Archive page in the e2e build, in headless Chromium: importing the site's 94 issue files
// (reading, parsing, writing and the search index's item list), then searching them.
// Run alone with `node --import tsx bench/archive-import.ts`; needs `npm run build:e2e`.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { withExtensionBrowser } from '@/bench/popup-timing';
import { median, percentile } from '@/bench/stats';
import { ARCHIVE_SEARCH_SETTING } from '@/lib/model/setting';
import { readStore } from '@/test/support/chromium';
import { projectRoot } from '@/test/support/paths';

const ARCHIVE_DIR = path.join(projectRoot, 'test/fixtures/archive');
const RUNS = 3;
const QUERIES = ['process', 'research software engineer', 'hiring', 'one-on-ones', 'kubernetes', 'grant funding', 'career ladder', 'documentation'];

export interface ArchiveImportBench {
  files: number;
  runs: number;
  /** File chosen → "Imported 94 issues" shown and the search index built and stored, each run in a fresh profile: median and p95, ms. */
  importMedian: number;
  importP95: number;
  /** Typing a query → results shown, with the index built: median and p95 over QUERIES, ms. */
  queryMedian: number;
  queryP95: number;
  /** The page reopened → the first query's results shown (items loaded and indexed on the way), ms from navigation start. */
  firstQuery: number;
}

type Probe = { __chosenAt?: number; __importedAt?: number };

/**
 * Notes when the file input changes and when the import is done: its status
 * says "Imported" and the search box is enabled again, the new index built and
 * stored ("writes and indexes included"). Plain source: tsx's helpers are absent in the page.
 */
const recordImport = `(() => {
  document.addEventListener('change', (e) => { if (e.target.type === 'file') window.__chosenAt = performance.now(); }, true);
  new MutationObserver(() => {
    if (window.__importedAt !== undefined || window.__chosenAt === undefined) return;
    const done = [...document.querySelectorAll('[role="status"]')].some((el) => (el.textContent || '').startsWith('Imported'));
    const box = document.querySelector('input[type="search"]');
    if (done && box && !box.disabled) window.__importedAt = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
})();`;

/** Types `query` into the search box and resolves with the ms until the result count is shown (plain source, as above). */
const queryTimer = `(words) => new Promise((resolve) => {
  const box = document.querySelector('input[type="search"]');
  const start = performance.now();
  const observer = new MutationObserver(() => {
    const shown = [...document.querySelectorAll('[role="status"]')].some((el) => /found\\.$/.test(el.textContent || ''));
    if (!shown || box.value !== words) return;
    observer.disconnect();
    resolve({ took: performance.now() - start, at: performance.now() });
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
  box.value = words;
  box.dispatchEvent(new Event('input', { bubbles: true }));
})`;

/** ms the query took, and when its results showed (ms since the page's navigation start). */
function timeQuery(page: Page, query: string): Promise<{ took: number; at: number }> {
  return page.evaluate(`(${queryTimer})(${JSON.stringify(query)})`) as Promise<{ took: number; at: number }>;
}

async function waitForStoredIndex(context: BrowserContext): Promise<void> {
  for (let tries = 0; tries < 300; tries++) {
    const settings = await readStore<{ key: string }>(context, 'settings');
    if (settings.some((row) => row.key === ARCHIVE_SEARCH_SETTING)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the search index was never stored');
}

async function importOnce(): Promise<{ importMs: number; queries: number[]; firstQuery: number }> {
  return withExtensionBrowser({}, async (session) => {
    const page = await session.context.newPage();
    await page.addInitScript({ content: recordImport });
    const url = `chrome-extension://${session.extensionId}/archive.html`;
    await page.goto(url);
    await page.getByLabel('Pick a folder').check();
    await page.getByLabel('Import issues', { exact: true }).setInputFiles(ARCHIVE_DIR);
    await page.waitForFunction(() => (window as unknown as Probe).__importedAt, undefined, { timeout: 60_000 });
    const importMs = await page.evaluate(() => {
      const probe = window as unknown as Probe;
      return (probe.__importedAt ?? 0) - (probe.__chosenAt ?? 0);
    });
    await page.getByRole('searchbox', { name: 'Search the archive' }).and(page.locator(':enabled')).waitFor({ timeout: 60_000 });
    await timeQuery(page, 'warm up');
    const queries: number[] = [];
    for (const query of QUERIES) queries.push((await timeQuery(page, query)).took);
    // The next open is timed with the index stored, as it is once the page has been idle a moment.
    await waitForStoredIndex(session.context);
    await page.reload();
    await page.getByRole('searchbox', { name: 'Search the archive' }).and(page.locator(':enabled')).waitFor({ timeout: 60_000 });
    // From the reload's navigation start: loading the items and building the index count.
    const firstQuery = (await timeQuery(page, QUERIES[0] ?? 'process')).at;
    return { importMs, queries, firstQuery };
  });
}

export async function benchArchiveImport(runs = RUNS): Promise<ArchiveImportBench> {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await importOnce());
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const imports = results.map((r) => r.importMs);
  const queries = results.flatMap((r) => r.queries);
  return {
    files: 94,
    runs,
    importMedian: round(median(imports)),
    importP95: round(percentile(imports, 95)),
    queryMedian: round(median(queries)),
    queryP95: round(percentile(queries, 95)),
    firstQuery: round(median(results.map((r) => r.firstQuery))),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  console.log(JSON.stringify(await benchArchiveImport(), null, 2));
}
