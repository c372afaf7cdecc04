// Main-thread CPU time of the Archive page's two budgets (issue #11), for A/B comparisons on a
// busy machine where wall-clock times swing with the load: the renderer main thread's CPU
// (the trace's thread durations of its top-level tasks) from choosing the 94 files to the import
// done, and from reopening the page to the first query's results. `node --import tsx
// bench/archive-cpu.ts [runs]`; needs `npm run build:e2e`.
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { endTrace, startTrace } from '@/bench/chromium-trace';
import { withExtensionBrowser } from '@/bench/popup-timing';
import { median } from '@/bench/stats';
import { ARCHIVE_SEARCH_SETTING } from '@/lib/model/setting';
import { readStore } from '@/test/support/chromium';
import { projectRoot } from '@/test/support/paths';

const ARCHIVE_DIR = path.join(projectRoot, 'test/fixtures/archive');
const RUNS = Number(process.argv[2] ?? 3);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** CPU ms of the page's main thread (the thread that marked `until`) in the tasks that began before that mark. */
async function mainThreadCpu(cdp: CDPSession, until: string): Promise<{ cpu: number }> {
  const parsed = JSON.parse(await endTrace(cdp)) as TraceEvent[] | { traceEvents: TraceEvent[] };
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const mark = events.find((e) => e.name === until);
  if (!mark) throw new Error(`no ${until} mark`);
  const tasks = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X' && e.ts <= mark.ts);
  return { cpu: tasks.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000 };
}

const CATEGORIES = ['toplevel', 'blink.user_timing'];

const firstResults = `new Promise((resolve) => {
  const done = () => [...document.querySelectorAll('[role="status"]')].some((el) => /found\\.$/.test(el.textContent || ''));
  const tryIt = () => {
    const box = document.querySelector('input[type="search"]');
    if (!box || box.disabled) return false;
    if (box.value !== 'process') { box.value = 'process'; box.dispatchEvent(new Event('input', { bubbles: true })); }
    if (done()) { performance.mark('first-results'); resolve(performance.now()); return true; }
    return false;
  };
  if (tryIt()) return;
  new MutationObserver((_, o) => { if (tryIt()) o.disconnect(); }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
})`;

async function once(): Promise<{ importCpu: number; reopenCpu: number; importWall: number; reopenWall: number }> {
  return withExtensionBrowser({}, async (session) => {
    const page: Page = await session.context.newPage();
    const url = `chrome-extension://${session.extensionId}/archive.html`;
    await page.goto(url);
    await page.getByLabel('Pick a folder').check();
    let trace = await startTrace(page, CATEGORIES);
    const started = Date.now();
    await page.getByLabel('Import issues', { exact: true }).setInputFiles(ARCHIVE_DIR);
    await page.getByText(/^Imported/).waitFor({ timeout: 60_000 });
    await page.getByRole('searchbox', { name: 'Search the archive' }).and(page.locator(':enabled')).waitFor({ timeout: 60_000 });
    const importWall = Date.now() - started;
    await page.evaluate(`performance.mark('import-done')`);
    const { cpu: importCpu } = await mainThreadCpu(trace, 'import-done');
    for (let tries = 0; tries < 300; tries++) {
      const settings = await readStore<{ key: string }>(session.context, 'settings');
      if (settings.some((row) => row.key === ARCHIVE_SEARCH_SETTING)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    trace = await startTrace(page, CATEGORIES);
    await page.reload({ waitUntil: 'commit' });
    const reopenWall = (await page.evaluate(firstResults)) as number;
    const { cpu: reopenCpu } = await mainThreadCpu(trace, 'first-results');
    return { importCpu, reopenCpu, importWall, reopenWall };
  });
}

const results: Awaited<ReturnType<typeof once>>[] = [];
for (let i = 0; i < RUNS; i++) results.push(await once());
const med = (key: keyof (typeof results)[number]) => Math.round(median(results.map((r) => r[key])));
console.log(
  JSON.stringify({
    importCpu: med('importCpu'),
    reopenCpu: med('reopenCpu'),
    importWall: med('importWall'),
    reopenWall: med('reopenWall'),
    runs: results.map((r) => Object.values(r).map(Math.round).join('/')),
  }),
);
