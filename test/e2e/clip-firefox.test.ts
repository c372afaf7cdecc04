import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAFT_SAVE_DELAY_MS } from '@/lib/saving/save-scheduler';
import { type FirefoxSession, launchFirefox, waitForExtraction } from '@/test/support/firefox';
import { type StaticServer, startStaticServer } from '@/test/support/static-server';

// The popup saves a draft within DRAFT_SAVE_DELAY_MS of the first unsaved keystroke; wait a little longer.
const DRAFT_SAVED_MS = DRAFT_SAVE_DELAY_MS + 150;

/** A control found by role and accessible name (Firefox answers through BiDi `locateNodes`). */
async function control(popup: Page, role: 'textbox' | 'combobox' | 'button', name: string): Promise<ElementHandle<Element>> {
  const handle = await popup.waitForSelector(`::-p-aria([name="${name}"][role="${role}"])`, { timeout: 5_000 });
  if (!handle) throw new Error(`no ${role} named "${name}"`);
  return handle;
}

async function fieldValue(popup: Page, role: 'textbox' | 'combobox', name: string): Promise<string> {
  const handle = await control(popup, role, name);
  return handle.evaluate((el) => (el as HTMLInputElement).value);
}

async function selectByLabel(popup: Page, name: string, label: string): Promise<void> {
  const select = await control(popup, 'combobox', name);
  const value = await select.evaluate((el, wanted) => [...(el as HTMLSelectElement).options].find((option) => option.label === wanted)?.value ?? null, label);
  if (value === null) throw new Error(`no option "${label}" in ${name}`);
  await select.select(value);
}

async function selectedLabel(popup: Page, name: string): Promise<string> {
  const select = await control(popup, 'combobox', name);
  return select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.label ?? '');
}

/** Text of the role="status" element that confirms an add. */
async function confirmation(popup: Page): Promise<string> {
  const handle = await popup.waitForFunction(
    () => [...document.querySelectorAll('[role="status"]')].map((el) => el.textContent ?? '').find((text) => text.includes('now holds')),
    { timeout: 5_000 },
  );
  return String(await handle.jsonValue());
}

interface StoredClip {
  section: string;
  kind: string;
  commentary: string;
  links: { title: string; url: string; authors: string[]; source: string }[];
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

describe('clipping in Firefox ESR', () => {
  it('fills the form, keeps the draft when the popup closes, and adds the clip', async () => {
    firefox = await launchFirefox();
    const articleUrl = server.url('/research-software-teams.html');
    const article = await firefox.browser.newPage();
    await article.goto(articleUrl);
    const tabId = await firefox.tabIdFor(articleUrl);

    let popup = await firefox.openExtensionPage(`popup.html?tabId=${tabId}`);
    await waitForExtraction(popup);
    expect(await fieldValue(popup, 'textbox', 'Title')).toBe('How Research Software Teams Grow');
    expect(await fieldValue(popup, 'textbox', 'Link')).toBe(articleUrl);
    expect(await fieldValue(popup, 'textbox', 'Authors')).toBe('Dana Smith');
    expect(await fieldValue(popup, 'textbox', 'Source')).toBe('The Example Review');

    await selectByLabel(popup, 'Section', 'Technical Leadership');
    await (await control(popup, 'textbox', 'Commentary')).type('Worth reading for anyone about to hire their second RSE.');
    await new Promise((resolve) => setTimeout(resolve, DRAFT_SAVED_MS));
    await popup.close();

    popup = await firefox.openExtensionPage(`popup.html?tabId=${tabId}`);
    await waitForExtraction(popup);
    expect(await fieldValue(popup, 'textbox', 'Commentary')).toBe('Worth reading for anyone about to hire their second RSE.');
    expect(await selectedLabel(popup, 'Section')).toBe('Technical Leadership');

    await (await control(popup, 'button', 'Add to issue')).click();
    const text = await confirmation(popup);
    expect(text).toContain('Added to Technical Leadership.');
    expect(text).toContain('Issue #1 now holds 1 clip.');
    await control(popup, 'button', 'Undo');

    const clips = await firefox.readStore<StoredClip>('clips');
    expect(clips).toMatchObject([
      {
        section: 'Technical Leadership',
        kind: 'link',
        commentary: 'Worth reading for anyone about to hire their second RSE.',
        links: [{ title: 'How Research Software Teams Grow', url: articleUrl, authors: ['Dana Smith'], source: 'The Example Review' }],
      },
    ]);
  });
});
