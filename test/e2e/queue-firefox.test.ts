import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, launchFirefox, waitForExtraction } from '@/test/support/firefox';
import { type StaticServer, startStaticServer } from '@/test/support/static-server';

const MANAGING = 'Managing Teams';
const TEAMS = { path: '/research-software-teams.html', title: 'How Research Software Teams Grow', commentary: 'From one to ten.' };
const ONE_TO_ONES = { path: '/one-to-ones-that-help.html', title: 'One-to-Ones That Actually Help', commentary: 'Their meeting.' };

interface StoredClip {
  section: string;
  position: number;
  links: { title: string }[];
  deletedAt?: number | null;
}

/** A control found by role and accessible name (Firefox answers through BiDi `locateNodes`). */
async function control(page: Page, role: string, name: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForSelector(`::-p-aria([name="${name}"][role="${role}"])`, { timeout: 5_000 });
  if (!handle) throw new Error(`no ${role} named "${name}"`);
  return handle;
}

/** The queue item whose accessible name starts with the clip's title. */
async function queueItem(page: Page, title: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (wanted) => [...document.querySelectorAll('li[aria-label]')].find((li) => li.getAttribute('aria-label')?.startsWith(wanted)) ?? null,
    { timeout: 5_000 },
    title,
  );
  return handle as ElementHandle<Element>;
}

/** The titles of the live clips of a section, in queue order, as stored. */
async function storedOrder(firefox: FirefoxSession, section: string): Promise<string[]> {
  const clips = await firefox.readStore<StoredClip>('clips');
  return clips
    .filter((c) => c.section === section && !c.deletedAt)
    .sort((a, b) => a.position - b.position)
    .map((c) => c.links[0]?.title ?? '');
}

async function until<T>(read: () => Promise<T>, expected: T, timeout = 5_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last: T = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  expect(last).toEqual(expected);
}

let server: StaticServer;
let firefox: FirefoxSession | undefined;

beforeAll(async () => {
  server = await startStaticServer();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('the queue in Firefox ESR', () => {
  it('reorders by keyboard, deletes and undoes, as stored', async () => {
    firefox = await launchFirefox();
    let popup: Page | undefined;
    for (const article of [TEAMS, ONE_TO_ONES]) {
      await popup?.close();
      const url = server.url(article.path);
      await (await firefox.browser.newPage()).goto(url);
      popup = await firefox.openExtensionPage(`popup.html?tabId=${await firefox.tabIdFor(url)}`);
      await waitForExtraction(popup);
      const section = await control(popup, 'combobox', 'Section');
      const value = await section.evaluate((el, wanted) => [...(el as HTMLSelectElement).options].find((o) => o.label === wanted)?.value ?? '', MANAGING);
      await section.select(value);
      await (await control(popup, 'textbox', 'Commentary')).type(article.commentary);
      await (await control(popup, 'button', 'Add to issue')).click();
      await popup.waitForFunction(() => [...document.querySelectorAll('[role="status"]')].some((el) => el.textContent?.includes('now holds')), {
        timeout: 5_000,
      });
    }
    if (!popup) throw new Error('no popup');
    expect(await storedOrder(firefox, MANAGING)).toEqual([TEAMS.title, ONE_TO_ONES.title]);

    await (await control(popup, 'tab', 'Queue')).click();
    await popup.waitForFunction(() => document.body.innerText.includes('2 clips in issue #1'), { timeout: 5_000 });

    // Alt+ArrowUp on the focused item moves it up.
    await (await queueItem(popup, ONE_TO_ONES.title)).focus();
    await popup.keyboard.down('Alt');
    await popup.keyboard.press('ArrowUp');
    await popup.keyboard.up('Alt');
    await until(() => storedOrder(firefox as FirefoxSession, MANAGING), [ONE_TO_ONES.title, TEAMS.title]);

    // Delete, then Undo brings it back in its place.
    // Delete through the item's "More actions" menu, by keyboard: Enter opens it, End is Delete.
    const teams = await queueItem(popup, TEAMS.title);
    const more = await teams.waitForSelector('::-p-aria([name="More actions"][role="button"])');
    if (!more) throw new Error('no More actions button');
    await more.focus();
    await popup.keyboard.press('Enter');
    await popup.waitForFunction(() => document.activeElement?.getAttribute('role') === 'menuitem', { timeout: 5_000 });
    await popup.keyboard.press('End');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Delete');
    await popup.keyboard.press('Enter');
    await until(() => storedOrder(firefox as FirefoxSession, MANAGING), [ONE_TO_ONES.title]);
    await (await control(popup, 'button', `Undo delete of ${TEAMS.title}`)).click();
    await until(() => storedOrder(firefox as FirefoxSession, MANAGING), [ONE_TO_ONES.title, TEAMS.title]);
    await popup.waitForFunction(() => document.body.innerText.includes('2 clips in issue #1'), { timeout: 5_000 });
  }, 60_000);

  it('a link clipped from the context menu waits in the Inbox and moves to a section from its menu; a failed menu action shows until dismissed', async () => {
    await firefox?.close();
    firefox = await launchFirefox();
    const listUrl = server.url('/reading-list.html');
    await (await firefox.browser.newPage()).goto(listUrl);
    const tabId = await firefox.tabIdFor(listUrl);
    // The menu's own handler, on the e2e build's background page (automation cannot open a context menu),
    // and a failure as the background keeps one (lib/context-menu/menu-failure.ts).
    const helper = await firefox.openExtensionPage('e2e-helper.html');
    const outcome = await helper.evaluate(async (link) => {
      const { browser: ext } = globalThis as unknown as {
        browser: { runtime: { getBackgroundPage(): Promise<Window> }; storage: { local: { set(items: object): Promise<void> } } };
      };
      await ext.storage.local.set({ menuFailure: { action: 'Quote in commentary', message: 'Saving failed: closed', at: Date.now() } });
      const background = (await ext.runtime.getBackgroundPage()) as unknown as { roundupMenuClick(click: object, tab: object): Promise<unknown> };
      return JSON.stringify(await background.roundupMenuClick({ menuItemId: 'clip-link', linkUrl: link, linkText: 'How research software teams grow' }, {}));
    }, server.url(TEAMS.path));
    expect(JSON.parse(outcome)).toMatchObject({ entry: 'clip-link', result: { added: true } });

    const popup = await firefox.openExtensionPage(`popup.html?tabId=${tabId}&view=queue`);
    await popup.waitForFunction(() => document.body.innerText.includes('“Quote in commentary” failed at'), { timeout: 5_000 });
    await (await control(popup, 'button', 'Dismiss')).click();
    await popup.waitForFunction(() => !document.body.innerText.includes('failed at'), { timeout: 5_000 });

    const inboxItem = await queueItem(popup, 'How research software teams grow');
    expect(await inboxItem.evaluate((li) => li.getAttribute('aria-label'))).toBe('How research software teams grow, details to fill');
    const more = await inboxItem.waitForSelector('::-p-aria([name="More actions"][role="button"])');
    if (!more) throw new Error('no More actions button');
    await more.click();
    await (await control(popup, 'menuitem', 'Move to section…')).click();
    await (await control(popup, 'menuitemradio', 'Random')).click();
    await until(() => storedOrder(firefox as FirefoxSession, 'Random'), ['How research software teams grow']);
  }, 60_000);
});
