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

/** Times `timeOne` in `runs` fresh tabs; median and p95 in ms, to a tenth. */
export async function timeInFreshTabs(
  session: ChromiumSession,
  runs: number,
  timeOne: (page: Page) => Promise<number>,
): Promise<{ median: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await session.context.newPage();
    try {
      times.push(await timeOne(page));
    } finally {
      await page.close();
    }
  }
  const round = (ms: number): number => Math.round(ms * 10) / 10;
  return { median: round(median(times)), p95: round(percentile(times, 95)) };
}
