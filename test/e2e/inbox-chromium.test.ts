import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MenuClick, MenuOutcome, MenuTab } from '@/lib/context-menu/menu-clicks';
import { MENU_ENTRIES } from '@/lib/context-menu/menu-entries';
import { backgroundWorker, type ChromiumSession, openArticle, openPopup, popupUrl, readStore, waitForExtraction } from '@/test/support/chromium';
import { chromiumTestBed } from '@/test/support/chromium-test-bed';
import { projectRoot } from '@/test/support/paths';
import { popupForm } from '@/test/support/popup-form';
import { chooseQueueAction } from '@/test/support/queue-actions';

interface StoredClip {
  section: string;
  links: { title: string; url: string; authors: string[]; source: string; attribution: string }[];
  commentary: string;
}
interface StoredDraft {
  key: string;
  form: { title: string; commentary: string };
}
/** The e2e build's background exposes the menu's own onClicked handler (entrypoints/background.ts). */
type HookGlobal = { roundupMenuClick: (info: MenuClick, tab?: MenuTab) => Promise<MenuOutcome | undefined> };
type ChromeGlobal = { chrome: { contextMenus: { update: (id: string, props: object) => Promise<void> } } };
type BadgeGlobal = {
  chrome: { action: { getBadgeText: (details: object) => Promise<string> }; storage: { local: { get: (key: string) => Promise<object> } } };
};

const bed = chromiumTestBed();

/** What a click on the menu entry would do: the very handler, with the data the browser would pass. */
async function clickMenu(session: ChromiumSession, info: MenuClick, tab: MenuTab): Promise<MenuOutcome | undefined> {
  const worker = await backgroundWorker(session.context);
  return worker.evaluate(([i, t]) => (globalThis as unknown as HookGlobal).roundupMenuClick(i, t), [info, tab] as const);
}

/** Whether the browser holds a menu entry of that id (`update` rejects an unknown one). */
function menuEntryExists(worker: Worker, id: string): Promise<boolean> {
  return worker.evaluate(
    (entry) =>
      (globalThis as unknown as ChromeGlobal).chrome.contextMenus.update(entry, {}).then(
        () => true,
        () => false,
      ),
    id,
  );
}

async function queuePopup(session: ChromiumSession, tabId: number): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.goto(`${popupUrl(session.extensionId, tabId)}&view=queue`);
  return popup;
}

describe('clipping without opening the page, in Chromium (issue #13 item 4)', () => {
  it('registers "Clip link to this issue" and "Quote in commentary"', async () => {
    const session = await bed.launch();
    const worker = await backgroundWorker(session.context);
    for (const entry of MENU_ENTRIES) await expect.poll(() => menuEntryExists(worker, entry.id)).toBe(true);
    expect(await menuEntryExists(worker, 'no-such-entry')).toBe(false);
  });

  it('clips a link into the Inbox once; the popup fills it from its page, and the Queue lets another be typed and moved', async () => {
    const session = await bed.launch();
    const listUrl = bed.server.url('/reading-list.html');
    const { page: listPage, tabId: listTab } = await openArticle(session, listUrl);
    const articleUrl = bed.server.url('/research-software-teams.html');
    const notesUrl = bed.server.url('/code-review-notes.html');
    const tab = { id: listTab, url: listUrl, title: 'Reading list' };

    const first = await clickMenu(session, { menuItemId: 'clip-link', linkUrl: `${articleUrl}?utm_source=list`, frameId: 0 }, tab);
    expect(first).toMatchObject({ entry: 'clip-link', result: { added: true } });
    // The page says so, for a moment: the menu has nothing else to show it with.
    await listPage.getByRole('status').filter({ hasText: 'Roundup Clipper: added to the Inbox of issue #1.' }).waitFor();
    expect(await clickMenu(session, { menuItemId: 'clip-link', linkUrl: articleUrl, frameId: 0 }, tab)).toMatchObject({ result: { added: false } });
    expect(await clickMenu(session, { menuItemId: 'clip-link', linkUrl: notesUrl, frameId: 0 }, tab)).toMatchObject({ result: { added: true } });

    const queue = await queuePopup(session, listTab);
    const inbox = queue.getByRole('region', { name: /^Inbox/ });
    await expect.poll(() => inbox.getByRole('heading', { level: 2 }).innerText()).toBe('Inbox (2)');
    const waiting = inbox.getByRole('listitem', { name: 'How research software teams grow, details to fill' });
    expect(await waiting.getByText('Details to fill').isVisible()).toBe(true);
    expect(await inbox.getByRole('listitem', { name: 'Notes on code review, details to fill' }).isVisible()).toBe(true);
    // Inbox items are listed above the sections.
    const headings = await queue.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings[0]).toBe('Inbox (2)');

    // The editor opens the page: the popup offers to fill the item's details from it.
    const { tabId: articleTab } = await openArticle(session, articleUrl);
    const popup = await openPopup(session, articleTab);
    await waitForExtraction(popup);
    const form = popupForm(popup);
    const fill = popup.getByRole('button', { name: 'Fill details from this page' });
    await fill.waitFor();
    await form.section.selectOption({ label: 'Technical Leadership' });
    await form.commentary.fill('Read before hiring your second RSE.');
    await fill.click();
    await popup.getByRole('status').filter({ hasText: 'Details filled in; moved from the Inbox to Technical Leadership.' }).waitFor();

    let clips = await readStore<StoredClip>(session.context, 'clips');
    expect(clips.find((c) => c.links[0]?.url === articleUrl)).toMatchObject({
      section: 'Technical Leadership',
      commentary: 'Read before hiring your second RSE.',
      links: [{ title: 'How Research Software Teams Grow', authors: ['Dana Smith'], source: 'The Example Review' }],
    });
    await expect.poll(() => inbox.getByRole('heading', { level: 2 }).innerText()).toBe('Inbox (1)');

    // The other is typed by hand in the Queue and moved to a section.
    const notes = inbox.getByRole('listitem', { name: 'Notes on code review, details to fill' });
    // Its "More actions" menu, as every queued clip's: Edit details, Move to section…, Delete.
    await notes.getByRole('button', { name: 'More actions', exact: true }).click();
    expect(await notes.getByRole('menu', { name: 'More actions' }).getByRole('menuitem').allInnerTexts()).toEqual([
      'Edit details',
      'Move to section…',
      'Delete',
    ]);
    await notes.getByRole('menuitem', { name: 'Edit details', exact: true }).click();
    await notes.getByRole('textbox', { name: 'Attribution', exact: true }).fill('Priya Raman');
    await notes.getByRole('button', { name: 'Done' }).click();
    await chooseQueueAction(notes, 'Move to section…', 'Random');
    await expect.poll(() => inbox.count()).toBe(0);
    clips = await readStore<StoredClip>(session.context, 'clips');
    expect(clips.find((c) => c.links[0]?.url === notesUrl)).toMatchObject({ section: 'Random', links: [{ attribution: 'Priya Raman' }] });
  });

  it('quotes a selection into the page’s clip draft; the popup opens with the blockquote in Commentary', async () => {
    const session = await bed.launch();
    const articleUrl = bed.server.url('/research-software-teams.html');
    const { page, tabId } = await openArticle(session, articleUrl);
    // Two paragraphs selected: the quote keeps them apart.
    const selected = await page.evaluate(() => {
      const paragraphs = document.querySelectorAll('main p:not(.byline)');
      const range = document.createRange();
      range.setStartBefore(paragraphs[0] as Node);
      range.setEndAfter(paragraphs[1] as Node);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return getSelection()?.toString() ?? '';
    });
    expect(selected).toContain('\n');

    const outcome = await clickMenu(
      session,
      { menuItemId: 'quote-selection', selectionText: 'folded by the menu', frameId: 0 },
      { id: tabId, url: articleUrl },
    );
    expect(outcome).toMatchObject({ entry: 'quote-selection', draftKey: articleUrl });
    await page.getByRole('status').filter({ hasText: 'Roundup Clipper: quoted in the commentary of this page’s clip' }).waitFor();
    const drafts = await readStore<StoredDraft>(session.context, 'drafts');
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.form.commentary).toMatch(/^> Most research software teams begin as one person/);
    expect(drafts[0]?.form.commentary).toContain('\n>\n> That origin shapes what happens next.');

    const popup = await openPopup(session, tabId);
    await waitForExtraction(popup);
    const form = popupForm(popup);
    expect(await form.commentary.inputValue()).toBe(drafts[0]?.form.commentary);
    expect(await form.title.inputValue()).toBe('How Research Software Teams Grow');

    // A second quote is appended after what the editor typed.
    await form.commentary.fill('My take.');
    await popup.close();
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('h2') as Node);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await clickMenu(session, { menuItemId: 'quote-selection', frameId: 0 }, { id: tabId, url: articleUrl });
    const reopened = await openPopup(session, tabId);
    await waitForExtraction(reopened);
    expect(await popupForm(reopened).commentary.inputValue()).toBe('My take.\n\n> From favours to a portfolio');
  });

  it('a menu action that fails is kept for the popup, with "!" on the button, until dismissed', async () => {
    const session = await bed.launch();
    const listUrl = bed.server.url('/reading-list.html');
    const { page: listPage, tabId } = await openArticle(session, listUrl);
    const worker = await backgroundWorker(session.context);
    // The disk full under the background: every write to IndexedDB refused as the browser refuses it then.
    const storeWrites = (refuse: boolean) =>
      worker.evaluate((on) => {
        const proto = IDBObjectStore.prototype as IDBObjectStore & { __original?: object };
        proto.__original ??= { add: proto.add, put: proto.put };
        const full = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
        Object.assign(proto, on ? { add: full, put: full } : proto.__original);
      }, refuse);
    await storeWrites(true);
    const click = { menuItemId: 'clip-link', linkUrl: bed.server.url('/research-software-teams.html'), frameId: 0 };
    expect(await clickMenu(session, click, { id: tabId, url: listUrl })).toBeUndefined();
    const badge = () => worker.evaluate(() => (globalThis as unknown as BadgeGlobal).chrome.action.getBadgeText({}));
    expect(await badge()).toBe('!');
    await listPage.getByRole('status').filter({ hasText: '“Clip link to this issue” did not work: open Roundup Clipper to see why.' }).waitFor();
    await storeWrites(false);

    const popup = await openPopup(session, tabId);
    await waitForExtraction(popup);
    const alert = popup.getByRole('alert').filter({ hasText: '“Clip link to this issue” failed at' });
    expect(await alert.innerText()).toMatch(/failed at \d\d:\d\d: The browser’s storage for this extension is full/);
    expect(await alert.innerText()).not.toContain('What you typed');
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => alert.count()).toBe(0);
    const kept = () => worker.evaluate(() => (globalThis as unknown as BadgeGlobal).chrome.storage.local.get('menuFailure'));
    await expect.poll(kept).toEqual({});
    expect(await badge()).not.toBe('!');
  });

  const productionBackground = path.join(projectRoot, '.output/chrome-mv3/background.js');
  it.skipIf(!existsSync(productionBackground))('leaves the hook out of the production build', () => {
    expect(readFileSync(productionBackground, 'utf8')).not.toContain('roundupMenuClick');
    expect(readFileSync(path.join(projectRoot, '.output/chrome-mv3-e2e/background.js'), 'utf8')).toContain('roundupMenuClick');
  });
});
