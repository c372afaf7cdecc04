// How long the popup takes from navigation start to a filled, settled form, on the largest
// saved page. Run alone with `node --import tsx bench/popup-fill.ts`; needs `npm run build:e2e`.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { summary, timeAgainstBlank, timeBlankPage, timeInFreshTab, withExtensionBrowser } from '@/bench/popup-timing';
import { type ChromiumSession, createProfileDir, launchChromium, openArticle, popupUrl, removeProfile } from '@/test/support/chromium';
import { projectRoot } from '@/test/support/paths';
import { startStaticServer } from '@/test/support/static-server';

export const FIXTURE = '103-nymag.com';
const RUNS = 30;

export interface PopupFillResult {
  page: string;
  runs: number;
  /** Milliseconds from the popup's navigation start to Title filled and aria-busy="false". */
  median: number;
  p95: number;
  /** The blank extension page in the same runs, navigation start to load event. */
  blank: { median: number; p95: number };
  /** `median` / `blank.median`: the figure that compares across machines (target ≤ 2). */
  ratio: number;
  /**
   * The floor, in the same runs: an extension page whose one script injects the popup's
   * extraction script into the tab (`read`), or a function that does nothing (`noop`), until
   * the result is back. A popup that reads the page cannot fill its form sooner.
   */
  floor: { read: FloorTiming; noop: FloorTiming };
}

export interface FloorTiming {
  median: number;
  p95: number;
  /** `median` / the blank page's median. */
  ratio: number;
}

/** The e2e build's floor page (wxt.config.ts): navigation start → the tab's injection answered. */
export async function timeFloorPage(page: Page, extensionId: string, tabId: number, noop: boolean): Promise<number> {
  await page.goto(`chrome-extension://${extensionId}/floor.html?tabId=${tabId}${noop ? '&noop' : ''}`);
  const handle = await page.waitForFunction(() => (window as unknown as { __readAt?: number }).__readAt, undefined, { timeout: 15_000 });
  const at = (await handle.jsonValue()) as number;
  if (at < 0) throw new Error('The floor page could not inject into the tab');
  return at;
}

type Probe = { __filledAt?: number };

/**
 * Installed before the popup's own scripts: notes `performance.now()` (time since navigation
 * start) the first moment the form is settled and the Title field has a value. Plain source
 * text, because tsx's keepNames would wrap named helpers in a `__name` the page lacks.
 */
const recordFilledAt = `(() => {
  const isTitle = (input) =>
    input.getAttribute('aria-label') === 'Title' ||
    [...(input.labels || [])].some((label) => label.textContent.trim() === 'Title');
  let observer;
  let timer;
  const check = () => {
    if (window.__filledAt !== undefined) return;
    const form = document.querySelector('form');
    const title = [...document.querySelectorAll('input, textarea')].find(isTitle);
    if (form && form.getAttribute('aria-busy') === 'false' && title && title.value) {
      window.__filledAt = performance.now();
      observer.disconnect();
      clearInterval(timer);
    }
  };
  // Attribute changes (aria-busy) wake the observer; the interval catches value-only updates.
  observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  timer = setInterval(check, 2);
})();`;

export async function timeOnePopup(page: Page, url: string): Promise<number> {
  await page.addInitScript({ content: recordFilledAt });
  await page.goto(url);
  const handle = await page.waitForFunction(() => (window as unknown as Probe).__filledAt, undefined, { timeout: 15_000 });
  return (await handle.jsonValue()) as number;
}

/** The site's 94 issues, imported through the Archive page before the timing when `withArchive`. */
const ARCHIVE_DIR = path.join(projectRoot, 'test/fixtures/archive');

async function importArchive(session: ChromiumSession): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/archive.html`);
  await page.getByLabel('Pick a folder').check();
  await page.getByLabel('Import issues', { exact: true }).setInputFiles(ARCHIVE_DIR);
  await page.getByRole('status').filter({ hasText: 'Imported 94 issues' }).waitFor({ timeout: 60_000 });
  await page.close();
}

const articleSource = () => path.resolve(projectRoot, `../shared/fixtures/pages/${FIXTURE}/source.html`);

/** One browser with a given build, ready to time popup opens one at a time (`bench/popup-ab.ts`). */
export interface PopupFillSession {
  /** One blank page, then one popup open → filled form, each in a fresh tab. */
  timeOne(): Promise<{ filled: number; blank: number }>;
  close(): Promise<void>;
}

export async function preparePopupFill(extensionDir: string, options: { withArchive?: boolean } = {}): Promise<PopupFillSession> {
  const server = await startStaticServer({ routes: { '/article.html': articleSource() } });
  const profileDir = await createProfileDir();
  const session = await launchChromium(profileDir, extensionDir);
  const close = async () => {
    await session.close();
    await server.close();
    await removeProfile(profileDir);
  };
  try {
    if (options.withArchive) await importArchive(session);
    const { tabId } = await openArticle(session, server.url('/article.html'));
    const url = popupUrl(session.extensionId, tabId);
    return {
      timeOne: async () => {
        const blank = await timeInFreshTab(session, (page) => timeBlankPage(page, session.extensionId));
        return { blank, filled: await timeInFreshTab(session, (page) => timeOnePopup(page, url)) };
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** `withArchive`: the same figure with the whole archive stored (issue #13 item 7). */
export async function benchPopupFill(runs = RUNS, options: { withArchive?: boolean } = {}): Promise<PopupFillResult> {
  return withExtensionBrowser({ routes: { '/article.html': articleSource() } }, async (session, server) => {
    if (options.withArchive) await importArchive(session);
    const { tabId } = await openArticle(session, server.url('/article.html'));
    const reads: number[] = [];
    const noops: number[] = [];
    // Each popup run is followed by one of each floor page, so all see the same machine load.
    const timing = await timeAgainstBlank(
      session,
      runs,
      (popup) => timeOnePopup(popup, popupUrl(session.extensionId, tabId)),
      async () => {
        reads.push(await timeInFreshTab(session, (page) => timeFloorPage(page, session.extensionId, tabId, false)));
        noops.push(await timeInFreshTab(session, (page) => timeFloorPage(page, session.extensionId, tabId, true)));
      },
    );
    // The ratio as timeAgainstBlank gives the popup's: medians to a tenth, the ratio to a hundredth.
    const floorOf = (times: number[]): FloorTiming => {
      const floor = summary(times);
      return { ...floor, ratio: Math.round((floor.median / timing.blank.median) * 100) / 100 };
    };
    return { page: FIXTURE, runs, ...timing, floor: { read: floorOf(reads), noop: floorOf(noops) } };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  console.log(JSON.stringify(await benchPopupFill(), null, 2));
}
