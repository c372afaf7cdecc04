import type { Page } from 'playwright-core';
import { median, percentile } from '@/bench/stats';
import { type ChromiumSession, createProfileDir, launchChromium, removeProfile } from '@/test/support/chromium';
import { type StaticServer, type StaticServerOptions, startStaticServer } from '@/test/support/static-server';

/** Runs `work` with the e2e build in a fresh headless Chromium and a local page server, then cleans both up. */
export async function withExtensionBrowser<T>(
  serverOptions: StaticServerOptions,
  work: (session: ChromiumSession, server: StaticServer) => Promise<T>,
): Promise<T> {
  const server = await startStaticServer(serverOptions);
  const profileDir = await createProfileDir();
  try {
    const session = await launchChromium(profileDir);
    try {
      return await work(session, server);
    } finally {
      await session.close();
    }
  } finally {
    await server.close();
    await removeProfile(profileDir);
  }
}

/** Runs `timeOne` in a fresh tab, closed afterwards. */
export async function timeInFreshTab(session: ChromiumSession, timeOne: (page: Page) => Promise<number>): Promise<number> {
  const page = await session.context.newPage();
  try {
    return await timeOne(page);
  } finally {
    await page.close();
  }
}

/** Median and p95 in ms, to a tenth. */
export function summary(times: readonly number[]): { median: number; p95: number } {
  const round = (ms: number): number => Math.round(ms * 10) / 10;
  return { median: round(median(times)), p95: round(percentile(times, 95)) };
}

/**
 * An extension page with nothing on it (`blank.html`, e2e builds only): navigation start to
 * its load event. The popup figures are reported as a ratio to it, so they compare across
 * machines and loads (issue #13).
 */
export async function timeBlankPage(page: Page, extensionId: string): Promise<number> {
  await page.goto(`chrome-extension://${extensionId}/blank.html`);
  return page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return navigation?.loadEventEnd || performance.now();
  });
}

/**
 * Times `timeOne` and the blank page alternately in `runs` fresh tabs each, so both see the same
 * machine load; `afterEach` times whatever else is compared with them, after each pair.
 */
export async function timeAgainstBlank(
  session: ChromiumSession,
  runs: number,
  timeOne: (page: Page) => Promise<number>,
  afterEach?: () => Promise<void>,
): Promise<{ median: number; p95: number; blank: { median: number; p95: number }; ratio: number }> {
  const times: number[] = [];
  const blanks: number[] = [];
  for (let i = 0; i < runs; i++) {
    blanks.push(await timeInFreshTab(session, (page) => timeBlankPage(page, session.extensionId)));
    times.push(await timeInFreshTab(session, timeOne));
    await afterEach?.();
  }
  const timing = summary(times);
  const blank = summary(blanks);
  return { ...timing, blank, ratio: Math.round((timing.median / blank.median) * 100) / 100 };
}
