// Issue #9, deliverable 7, once in Firefox ESR: the hostile flow of hostile-chromium.test.ts.
// Firefox over BiDi has no download event to wait on, so the markdown is read from the issue
// page's markdown region, which shows exactly what Copy and Download write.

import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE } from '@/lib/template/template';
import { type FirefoxSession, launchFirefox, waitForExtraction } from '@/test/support/firefox';
import { CANONICAL_PATH, FIXED_COMMENTARY, HEADING_COMMENTARY, HOSTILE_PAGES, hostileIssueProblems } from '@/test/support/hostile-issue';
import { kramdownSkipReason, skipKramdown } from '@/test/support/kramdown';
import { type StaticServer, startStaticServer } from '@/test/support/static-server';

/** A control found by role and accessible name (Firefox answers through BiDi `locateNodes`). */
async function control(page: Page, role: 'textbox' | 'combobox' | 'button', name: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForSelector(`::-p-aria([name="${name}"][role="${role}"])`, { timeout: 5_000 });
  if (!handle) throw new Error(`no ${role} named "${name}"`);
  return handle;
}

const fieldValue = (handle: ElementHandle<Element>) => handle.evaluate((el) => (el as HTMLInputElement).value);

/** Replaces a text field's content by typing, as the editor would after selecting it all. */
async function retype(handle: ElementHandle<Element>, text: string): Promise<void> {
  await handle.evaluate((el) => {
    (el as HTMLTextAreaElement).focus();
    (el as HTMLTextAreaElement).select();
  });
  await handle.type(text);
}

/** The export's problems by group, as the issue page lists them. */
function problemLists(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('section.export ul[aria-labelledby]')].map((ul) => [
        document.getElementById(ul.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
        [...ul.querySelectorAll('li')].map((li) => li.textContent ?? ''),
      ]),
    ),
  );
}

const publishDisabled = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Publish issue #'))?.disabled ?? null);

async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
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

describe('hostile pages in Firefox ESR', () => {
  it.skipIf(skipKramdown)(`clip, check, fix, export and publish: one literal link per clip in kramdown and CommonMark${kramdownSkipReason}`, async () => {
    firefox = await launchFirefox();
    const urlOf = (path: string) => (path === HOSTILE_PAGES[0]?.path ? server.url(CANONICAL_PATH) : server.url(path));

    for (const page of HOSTILE_PAGES) {
      const article = await firefox.browser.newPage();
      await article.goto(server.url(page.path));
      const tabId = await firefox.tabIdFor(server.url(page.path));
      const popup = await firefox.openExtensionPage(`popup.html?tabId=${tabId}`);
      await waitForExtraction(popup);
      expect(await fieldValue(await control(popup, 'textbox', 'Title'))).toBe(page.title);
      expect(decodeURI(await fieldValue(await control(popup, 'textbox', 'Link')))).toBe(decodeURI(urlOf(page.path)));
      const section = await control(popup, 'combobox', 'Section');
      const value = await section.evaluate((el, wanted) => [...(el as HTMLSelectElement).options].find((o) => o.label === wanted)?.value ?? '', page.section);
      await section.select(value);
      // Random is made of briefs: the text starts as [Title](url). and the commentary follows it.
      const commentary = await control(popup, 'textbox', 'Commentary');
      const starter = await fieldValue(commentary);
      await retype(commentary, starter ? `${starter} ${page.commentary}` : page.commentary);
      await (await control(popup, 'button', 'Add to issue')).click();
      await popup.waitForFunction(() => [...document.querySelectorAll('[role="status"]')].some((el) => el.textContent?.includes('now holds')), {
        timeout: 5_000,
      });
      await popup.close();
      await article.close();
    }

    const issuePage = await firefox.openExtensionPage('issue.html');
    const headingClip = HOSTILE_PAGES.find((p) => p.commentary === HEADING_COMMENTARY);
    if (!headingClip) throw new Error('a clip with a heading in its commentary');
    const lists = await poll(
      () => problemLists(issuePage),
      (found) => Object.keys(found).some((k) => k.startsWith('Errors')),
      'the Errors list',
    );
    const errors = Object.entries(lists).find(([k]) => k.startsWith('Errors'))?.[1] ?? [];
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(headingClip.title);
    expect(await publishDisabled(issuePage)).toBe(true);

    await issuePage.evaluate(() => {
      const button = [...document.querySelectorAll('section.export ul.error button')].find((b) => b.textContent === 'Show clip');
      (button as HTMLButtonElement | undefined)?.click();
    });
    await retype(await control(issuePage, 'textbox', 'Commentary'), FIXED_COMMENTARY);
    await poll(
      () => problemLists(issuePage),
      (found) => !Object.keys(found).some((k) => k.startsWith('Errors')),
      'the errors to go',
    );
    await poll(
      () => publishDisabled(issuePage),
      (disabled) => disabled === false,
      'Publish to be enabled',
    );

    const markdown = await issuePage.evaluate(() => document.querySelector('section[aria-label="Markdown preview"] pre')?.textContent ?? '');
    const expected = HOSTILE_PAGES.map((p) => ({ title: p.title, url: urlOf(p.path) }));
    const sections = DEFAULT_TEMPLATE.sections.map((s) => s.name).filter((name) => HOSTILE_PAGES.some((p) => p.section === name));
    expect(markdown).toContain('\n### About This Newsletter\n');
    expect(hostileIssueProblems(markdown, expected, sections)).toEqual([]);

    // Publish, confirmed in place: issue #1 is stored with exactly this markdown, and #2 opens.
    await (await control(issuePage, 'button', 'Publish issue #1')).click();
    await (await control(issuePage, 'button', 'Publish now')).click();
    const published = await poll(
      async () => (await (firefox as FirefoxSession).readStore<{ number: number; status: string; markdown?: string }>('issues')).find((i) => i.number === 1),
      (issue) => issue?.status === 'published',
      'issue #1 to be published',
    );
    expect(published?.markdown).toBe(markdown);
    await issuePage.waitForFunction(() => [...document.querySelectorAll('h1')].some((h) => h.textContent?.startsWith('Issue #2')), { timeout: 5_000 });
  });
});
