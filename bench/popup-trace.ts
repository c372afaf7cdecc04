// A Chromium trace of popup open → filled form (the nymag fixture), for finding where the
// time goes (issue #13 item 7). `node --import tsx bench/popup-trace.ts [out.json]`; needs
// `npm run build:e2e`. Open the file in Perfetto or DevTools' Performance panel.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { endTrace, startTrace } from '@/bench/chromium-trace';
import { FIXTURE, timeOnePopup } from '@/bench/popup-fill';
import { withExtensionBrowser } from '@/bench/popup-timing';
import { openArticle, popupUrl } from '@/test/support/chromium';
import { projectRoot } from '@/test/support/paths';

const out = path.resolve(process.argv[2] ?? path.join(projectRoot, 'bench/results/popup-trace.json'));
// TRACE_CATEGORIES=a,b adds categories, e.g. disabled-by-default-v8.cpu_profiler for JS samples.
const CATEGORIES = [
  'devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'toplevel',
  ...(process.env.TRACE_CATEGORIES?.split(',').filter(Boolean) ?? []),
];
const WARM_UP = 5;

/** Times `work` on `page` while tracing it. */
async function traced(page: Page, work: () => Promise<number>): Promise<{ filledAt: number; trace: string }> {
  const cdp = await startTrace(page, CATEGORIES);
  const filledAt = await work();
  return { filledAt, trace: await endTrace(cdp) };
}

const source = path.resolve(projectRoot, `../shared/fixtures/pages/${FIXTURE}/source.html`);
await withExtensionBrowser({ routes: { '/article.html': source } }, async (session, server) => {
  const { tabId } = await openArticle(session, server.url('/article.html'));
  const url = popupUrl(session.extensionId, tabId);
  for (let i = 0; i < WARM_UP; i++) {
    const page = await session.context.newPage();
    await timeOnePopup(page, url);
    await page.close();
  }
  const blank = await session.context.newPage();
  await blank.goto('about:blank');
  const { filledAt, trace } = await traced(blank, () => timeOnePopup(blank, url));
  writeFileSync(out, trace);
  console.log(`filled form at ${filledAt.toFixed(1)} ms; trace in ${out}`);
});
