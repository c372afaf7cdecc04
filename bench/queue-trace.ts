// A Chromium trace of one click on the popup's Queue tab with 200 clips, for finding where the
// time goes (issue #13 item 7). `node --import tsx bench/queue-trace.ts [out.json]`; needs
// `npm run build:e2e`. Prints the popup's main-thread work from the click to the first frame
// after it; open the file in Perfetto or DevTools' Performance panel for the rest.
// `QUEUE_TRACE_WAIT=500` clicks half a second after the form is ready instead of at once.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { endTrace, startTrace } from '@/bench/chromium-trace';
import { withExtensionBrowser } from '@/bench/popup-timing';
import { openQueueSeeded, QUEUE_CLIPS, recordRenderedAt } from '@/bench/queue-render';
import { projectRoot } from '@/test/support/paths';

const out = path.resolve(process.argv[2] ?? path.join(projectRoot, 'bench/results/queue-trace.json'));
const WAIT = Number(process.env.QUEUE_TRACE_WAIT ?? 0);
const CATEGORIES = ['devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'toplevel', 'disabled-by-default-devtools.timeline'];
const WARM_UP = 5;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string } };
}

async function readTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const text = await endTrace(cdp);
  writeFileSync(out, text);
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** Clicks the Queue tab as the bench does, with `performance.mark`s at the click and at all items shown. */
async function clickTraced(page: Page, url: string): Promise<TraceEvent[]> {
  await page.addInitScript({ content: recordRenderedAt(QUEUE_CLIPS) });
  await page.goto(url);
  await page.getByText(/· 200 clips/).waitFor();
  if (WAIT) await page.waitForTimeout(WAIT);
  const cdp = await startTrace(page, CATEGORIES);
  await page.evaluate(`performance.mark('queue-click'); window.__queueClickedAt = performance.now(); document.getElementById('tab-queue').click();`);
  await page.waitForFunction(() => (window as { __queueRenderedAt?: number }).__queueRenderedAt);
  await page.evaluate(`performance.mark('queue-rendered-seen'); new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))`);
  await page.evaluate(`performance.mark('queue-frame')`);
  return readTrace(cdp);
}

const SHOWN = new Set([
  'RunTask',
  'FunctionCall',
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'ParseHTML',
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'PrePaint',
  'Layerize',
  'Commit',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'RunMicrotasks',
  'ResourceReceivedData',
  'ResourceFinish',
  'ResourceSendRequest',
  'V8.GC_SCAVENGER',
  'MinorGC',
  'MajorGC',
  'ScheduleStyleRecalculation',
  'HitTest',
]);

await withExtensionBrowser({}, async (session, server) => {
  const url = await openQueueSeeded(session, server);
  for (let i = 0; i < WARM_UP; i++) {
    const page = await session.context.newPage();
    await page.goto(url);
    await page.getByText(/· 200 clips/).waitFor();
    await page.close();
  }
  const page = await session.context.newPage();
  const events = await clickTraced(page, url);
  const click = events.find((e) => e.name === 'queue-click');
  if (!click) throw new Error('no queue-click mark in the trace');
  const thread = events.filter((e) => e.pid === click.pid && e.tid === click.tid);
  const end = thread.find((e) => e.name === 'queue-frame')?.ts ?? Number.POSITIVE_INFINITY;
  const ms = (us: number) => (us / 1000).toFixed(1).padStart(6);
  for (const e of thread) {
    if (e.ts < click.ts || e.ts > end) continue;
    if (e.name.startsWith('queue-')) {
      console.log(`${ms(e.ts - click.ts)}          ${e.name}`);
      continue;
    }
    if (!SHOWN.has(e.name) || (e.dur ?? 0) < 300) continue;
    const where = e.args?.data?.url ? ` ${path.basename(e.args.data.url)}` : (e.args?.data?.functionName ?? '');
    console.log(`${ms(e.ts - click.ts)} +${ms(e.dur ?? 0)} ${e.name}${where ? ` ${where}` : ''}`);
  }
  console.log(`trace in ${out}`);
});
