import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { readAllRows } from '@/test/support/indexeddb';
import { assertBuilt, chromeBuildDir } from '@/test/support/paths';

/** `chrome` as seen inside extension contexts, for code passed to `evaluate`. */
type ExtensionGlobal = { chrome: WxtBrowser };

export interface ChromiumSession {
  context: BrowserContext;
  /** Host of the background service worker's URL. */
  extensionId: string;
  profileDir: string;
  /** Closes the browser; the profile stays on disk so it can be relaunched. */
  close(): Promise<void>;
}

/** A fresh, empty profile directory; remove it with `removeProfile`. */
export function createProfileDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'roundup-e2e-chromium-'));
}

export async function removeProfile(profileDir: string): Promise<void> {
  await rm(profileDir, { recursive: true, force: true });
}

/**
 * Debian's Chromium, headless, with the e2e build loaded unpacked. The last four flags stop
 * Chromium dialling a network it cannot reach (see docs/toolchain.md).
 */
export async function launchChromium(
  profileDir: string,
  extensionDir: string = chromeBuildDir,
  extraArgs: readonly string[] = [],
  /** The browser's environment, e.g. a temporary HOME so downloads land in its Downloads folder. */
  env?: Record<string, string | undefined>,
): Promise<ChromiumSession> {
  assertBuilt(extensionDir);
  const context = await chromium.launchPersistentContext(profileDir, {
    ...(env ? { env } : {}),
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
  // Fail a missing control in seconds, not Playwright's default 30 s, so a file stays under a minute.
  context.setDefaultTimeout(5_000);
  try {
    const worker = await backgroundWorker(context);
    const extensionId = new URL(worker.url()).host;
    return { context, extensionId, profileDir, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** The extension's MV3 service worker (waits for it to start on a fresh launch). */
export async function backgroundWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (running) return running;
  return context.waitForEvent('serviceworker', {
    predicate: (w) => w.url().startsWith('chrome-extension://'),
    timeout: 10_000,
  });
}

/** The browser's own id for the tab showing `url` (host permission makes 127.0.0.1 URLs visible). */
export async function tabIdFor(context: BrowserContext, url: string): Promise<number> {
  const worker = await backgroundWorker(context);
  const id = await worker.evaluate(async (wanted) => {
    const { chrome } = globalThis as unknown as ExtensionGlobal;
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === wanted || tab.pendingUrl === wanted)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/**
 * Opens a tab the extension cannot see into (e.g. `chrome://version`) through `tabs.create`,
 * because without the `tabs` permission its URL is hidden from `tabs.query`.
 */
export async function openBrowserPageTab(context: BrowserContext, url: string): Promise<number> {
  const worker = await backgroundWorker(context);
  const id = await worker.evaluate(async (target) => {
    const { chrome } = globalThis as unknown as ExtensionGlobal;
    return (await chrome.tabs.create({ url: target, active: false })).id ?? null;
  }, url);
  if (id === null) throw new Error(`could not open ${url}`);
  return id;
}

/** Opens the popup as an ordinary tab, told which tab to clip through `?tabId=`. */
export async function openPopup(session: ChromiumSession, tabId: number): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(popupUrl(session.extensionId, tabId));
  return page;
}

export function popupUrl(extensionId: string, tabId: number): string {
  return `chrome-extension://${extensionId}/popup.html?tabId=${tabId}`;
}

/**
 * Host names a test may map to 127.0.0.1 with `--host-resolver-rules` (see
 * `TEST_HOST_RESOLVER_RULES`); the e2e build has host permission for them too (wxt.config.ts).
 */
export const TEST_HOSTS = ['news.example.test', 'www.elsewhere.test'] as const;

/** The Chromium flag that sends every TEST_HOSTS name to 127.0.0.1 and nothing else anywhere new. */
export const TEST_HOST_RESOLVER_RULES = `--host-resolver-rules=${TEST_HOSTS.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`;

const servedLocally = (hostname: string) => hostname === '127.0.0.1' || (TEST_HOSTS as readonly string[]).includes(hostname);

/**
 * Opens a web page in a new tab and returns the page with its tab id. Requests that would
 * leave 127.0.0.1 (a saved page's ads, fonts, analytics) are refused at once, so the page
 * loads offline and the test never touches the internet.
 */
export async function openArticle(session: ChromiumSession, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.route(
    (target) => target.protocol.startsWith('http') && !servedLocally(target.hostname),
    (route) => route.abort('internetdisconnected'),
  );
  await page.goto(url);
  return { page, tabId: await tabIdFor(session.context, url) };
}

/** Waits until the popup has finished reading the page: the form says aria-busy="false". */
export async function waitForExtraction(popup: Page, timeout = 10_000): Promise<void> {
  await popup.locator('form[aria-busy="false"]').waitFor({ state: 'attached', timeout });
}

/** Every row of an object store of the extension's IndexedDB, read in the service worker. */
export async function readStore<T = unknown>(context: BrowserContext, store: string): Promise<T[]> {
  const worker = await backgroundWorker(context);
  return (await worker.evaluate(readAllRows, store)) as T[];
}
