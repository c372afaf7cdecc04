import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { WxtBrowser } from 'wxt/browser';
import { readAllRows } from '@/test/support/indexeddb';
import { assertBuilt, firefoxBuildDir } from '@/test/support/paths';

/** The gecko id from wxt.config.ts. */
export const geckoId = 'roundup-clipper@roundup.invalid';
/** Pinned through `extensions.webextensions.uuids` so moz-extension:// URLs are known up front. */
export const extensionUuid = '5c0f4a51-8d3e-4b7a-9a61-2f6d3e7b1c0a';
export const extensionOrigin = `moz-extension://${extensionUuid}`;

/**
 * A blank page added to a copy of the build. An extension page with no script of its own
 * gives tests the `browser` API (to look up tab ids, read IndexedDB) without the side effects
 * of opening the popup; Firefox's MV2 background page is not reachable over BiDi.
 */
const helperPage = 'e2e-helper.html';

type ExtensionGlobal = { browser: WxtBrowser };

export interface FirefoxSession {
  browser: Browser;
  /** Opens `moz-extension://UUID/<pathAndQuery>` in a new tab and waits for it to load. */
  openExtensionPage(pathAndQuery: string): Promise<Page>;
  /** The WebExtension tab id of the tab showing `url`. */
  tabIdFor(url: string): Promise<number>;
  /** Every row of an object store of the extension's IndexedDB. */
  readStore<T = unknown>(store: string): Promise<T[]>;
  close(): Promise<void>;
}

/** Extra Firefox preferences, e.g. where downloads go (`browser.download.dir`). */
export async function launchFirefox(options: { prefs?: Record<string, unknown> } = {}): Promise<FirefoxSession> {
  assertBuilt(firefoxBuildDir);
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'roundup-e2e-firefox-'));
  const extensionDir = path.join(workDir, 'extension');
  await cp(firefoxBuildDir, extensionDir, { recursive: true });
  await writeFile(path.join(extensionDir, helperPage), '<!doctype html><meta charset="utf-8"><title>e2e helper</title>\n');

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    userDataDir: path.join(workDir, 'profile'),
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: extensionUuid }),
      ...options.prefs,
    },
  });

  const close = async (): Promise<void> => {
    try {
      await browser.close();
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  };

  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await close();
    throw error;
  }

  const openExtensionPage = async (pathAndQuery: string): Promise<Page> => {
    const page = await browser.newPage();
    await gotoExtensionPage(page, `${extensionOrigin}/${pathAndQuery}`);
    return page;
  };

  let helper: Page | undefined;
  const helperPageHandle = async (): Promise<Page> => (helper ??= await openExtensionPage(helperPage));
  const tabIdFor = async (url: string): Promise<number> => {
    const id = await (await helperPageHandle()).evaluate(async (wanted) => {
      const { browser: ext } = globalThis as unknown as ExtensionGlobal;
      const tabs = await ext.tabs.query({});
      return tabs.find((tab) => tab.url === wanted)?.id ?? null;
    }, url);
    if (id === null) throw new Error(`no tab shows ${url}`);
    return id;
  };

  const readStore = async <T>(store: string): Promise<T[]> => (await (await helperPageHandle()).evaluate(readAllRows, store)) as T[];

  return { browser, openExtensionPage, tabIdFor, readStore, close };
}

/**
 * `page.goto` never resolves for moz-extension:// pages over BiDi, so start the navigation
 * and poll until the document at that URL has loaded.
 */
export async function gotoExtensionPage(page: Page, url: string, timeout = 10_000): Promise<void> {
  page.goto(url, { timeout }).catch(() => {});
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const loaded = await page
      .evaluate(() => ({ href: location.href, ready: document.readyState }))
      .then((state) => state.href === url && state.ready === 'complete')
      .catch(() => false);
    if (loaded) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out opening ${url}`);
}

/** Waits until the popup has finished reading the page: the form says aria-busy="false". */
export async function waitForExtraction(popup: Page, timeout = 10_000): Promise<void> {
  await popup.waitForSelector('form[aria-busy="false"]', { timeout });
}
