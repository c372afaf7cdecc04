// How long the Queue view takes to show a full week: 200 clips in 8 sections, from the click on
// the popup's Queue tab (popup already open on an article) to all 200 items in the DOM.
// Run alone with `node --import tsx bench/queue-render.ts`; needs `npm run build:e2e`.

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { timeAgainstBlank, withExtensionBrowser } from '@/bench/popup-timing';
import { median, percentile } from '@/bench/stats';
import { backgroundWorker, type ChromiumSession, openArticle, popupUrl, waitForExtraction } from '@/test/support/chromium';
import { insertClipsSource } from '@/test/support/seed-clips';
import type { StaticServer } from '@/test/support/static-server';

export const QUEUE_CLIPS = 200;
const CLIPS = QUEUE_CLIPS;
const SECTIONS = 8;
const RUNS = 30;

export interface QueueRenderResult {
  clips: number;
  runs: number;
  /** Milliseconds from the click on the Queue tab to `clips` queue items rendered. */
  median: number;
  p95: number;
  /** The blank extension page in the same runs, navigation start to load event. */
  blank: { median: number; p95: number };
  /** `median` / `blank.median`. */
  ratio: number;
  /**
   * Milliseconds from the click to the end of the first frame after (style, layout and paint of
   * what is in view): what the editor sees. Not the budget's figure; reported beside it.
   */
  frame: { median: number; p95: number };
}

type Probe = { __queueRenderedAt?: number; __queueClickedAt?: number; __queueFrameAt?: number };

/** A stored clip without the parts only the page knows (`issueId`, `section`). */
interface SeedClip {
  sectionIndex: number;
  position: number;
  kind: 'link';
  links: { title: string; url: string; authors: string[]; source: string; attribution: string }[];
  commentary: string;
  createdAt: number;
  updatedAt: number;
}

/** 200 clips spread round-robin over the first 8 sections; every third one groups two links. */
function seedClips(count: number): SeedClip[] {
  const positions = new Array<number>(SECTIONS).fill(0);
  const now = Date.now();
  return Array.from({ length: count }, (_, i) => {
    const sectionIndex = i % SECTIONS;
    const position = (positions[sectionIndex] ?? 0) + 1;
    positions[sectionIndex] = position;
    const link = (n: number) => ({
      title: `Clip ${i + 1}${n ? ` (follow-up ${n})` : ''}: notes on running a research software team`,
      url: `https://example.org/${i + 1}/${n}`,
      authors: ['Alex Author'],
      source: 'Example Publication',
      attribution: 'Alex Author, Example Publication',
    });
    return {
      sectionIndex,
      position,
      kind: 'link',
      links: i % 3 === 0 ? [link(0), link(1)] : [link(0)],
      commentary: [
        `Clip ${i + 1} is worth reading because it names a problem most teams only half notice.`,
        'The second paragraph shows how one group handled it, with numbers.',
        'Useful for anyone planning next year’s hiring.',
      ].join('\n'),
      createdAt: now + i,
      updatedAt: now + i,
    };
  });
}

/**
 * Installed before the popup's own scripts: notes `performance.now()` (time since navigation
 * start) the first moment the Queue holds `count` items. The observer fires in the microtask
 * after Preact commits; the animation-frame poll is a backstop. Plain source text (see above).
 */
export const recordRenderedAt = (count: number) => `(() => {
  const items = document.getElementsByClassName('queue-item');
  let observer;
  const check = () => {
    if (window.__queueRenderedAt !== undefined) return;
    if (items.length >= ${count}) {
      window.__queueRenderedAt = performance.now();
      observer.disconnect();
      // The frame that shows them: a task queued from its animation frame runs after its paint.
      requestAnimationFrame(() => setTimeout(() => { window.__queueFrameAt = performance.now(); }, 0));
      return;
    }
    requestAnimationFrame(check);
  };
  observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true });
  requestAnimationFrame(check);
})();`;

/** Times one click; the first frame's time goes to `frames`. */
async function timeOneQueue(page: Page, url: string, frames: number[]): Promise<number> {
  await page.addInitScript({ content: recordRenderedAt(CLIPS) });
  await page.goto(url);
  await waitForExtraction(page);
  await page.getByText(/· 200 clips/).waitFor();
  await page.evaluate(`window.__queueClickedAt = performance.now(); document.getElementById('tab-queue').click();`);
  const handle = await page.waitForFunction(() => (window as unknown as Probe).__queueRenderedAt, undefined, { timeout: 15_000 });
  const renderedAt = (await handle.jsonValue()) as number;
  const shown = await page.locator('li.queue-item').count();
  if (shown !== CLIPS) throw new Error(`the Queue shows ${shown} items, expected ${CLIPS}`);
  await page.waitForFunction(() => (window as unknown as Probe).__queueFrameAt, undefined, { timeout: 15_000 });
  const { clickedAt, frameAt } = await page.evaluate(() => {
    const probe = window as unknown as Probe;
    return { clickedAt: probe.__queueClickedAt ?? Number.NaN, frameAt: probe.__queueFrameAt ?? Number.NaN };
  });
  frames.push(frameAt - clickedAt);
  return renderedAt - clickedAt;
}

/** Opens an article, creates issue #1 and seeds it with the bench's clips; returns the popup's URL for that article. */
export async function openQueueSeeded(session: ChromiumSession, server: StaticServer, clips = CLIPS): Promise<string> {
  const { tabId } = await openArticle(session, server.url('/research-software-teams.html'));
  // Opening the popup once creates the database and issue #1.
  const first = await session.context.newPage();
  await first.goto(popupUrl(session.extensionId, tabId));
  await waitForExtraction(first);
  await first.close();

  const worker = await backgroundWorker(session.context);
  const issueNumber = await worker.evaluate(`(${insertClipsSource})(${JSON.stringify(seedClips(clips))})`);
  if (issueNumber !== 1) throw new Error(`seeded issue #${String(issueNumber)}, expected #1`);
  return popupUrl(session.extensionId, tabId);
}

export async function benchQueueRender(runs = RUNS): Promise<QueueRenderResult> {
  return withExtensionBrowser({}, async (session, server) => {
    const url = await openQueueSeeded(session, server);
    const frames: number[] = [];
    const timing = await timeAgainstBlank(session, runs, (popup) => timeOneQueue(popup, url, frames));
    const round = (ms: number) => Math.round(ms * 10) / 10;
    return { clips: CLIPS, runs, ...timing, frame: { median: round(median(frames)), p95: round(percentile(frames, 95)) } };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  console.log(JSON.stringify(await benchQueueRender(), null, 2));
}
