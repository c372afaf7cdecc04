import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DRAFT_SAVE_DELAY_MS } from '@/lib/saving/save-scheduler';
import { backgroundWorker, type ChromiumSession, openArticle, openPopup, readStore, waitForExtraction } from '@/test/support/chromium';
import { chromiumTestBed } from '@/test/support/chromium-test-bed';
import { popupForm } from '@/test/support/popup-form';

interface StoredClip {
  links: { title: string }[];
  commentary: string;
  deletedAt?: number | null;
}

const TEAMS = { path: '/research-software-teams.html', title: 'How Research Software Teams Grow', commentary: 'From one to ten.' };
const ONE_TO_ONES = { path: '/one-to-ones-that-help.html', title: 'One-to-Ones That Actually Help', commentary: 'Their meeting.' };

const bed = chromiumTestBed();

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const queueItem = (page: Page, title: string) => page.getByRole('listitem', { name: new RegExp(`^${escapeRegExp(title)}(,|$)`) });
/** Focuses a control as Tab would and presses Enter: no mouse anywhere in these tests. */
async function press(control: Locator): Promise<void> {
  await control.focus();
  await control.press('Enter');
}

/** Opens a clip's "More actions" with Enter and walks down to `action` with ↓, then Enter. */
async function chooseByKeyboard(item: Locator, action: string): Promise<void> {
  await press(item.getByRole('button', { name: 'More actions', exact: true }));
  const menu = item.getByRole('menu', { name: 'More actions' });
  await menu.waitFor();
  const names = await menu.locator('[role^="menuitem"]').allInnerTexts();
  const steps = names.indexOf(action);
  if (steps < 0) throw new Error(`no "${action}" in ${names.join(', ')}`);
  for (let i = 0; i < steps; i++) await item.page().keyboard.press('ArrowDown');
  expect(await menu.locator(':focus').innerText()).toBe(action);
  await item.page().keyboard.press('Enter');
}

async function clip(session: ChromiumSession, page: typeof TEAMS): Promise<Page> {
  const popup = await openPopup(session, (await openArticle(session, bed.server.url(page.path))).tabId);
  await waitForExtraction(popup);
  const form = popupForm(popup);
  await form.commentary.fill(page.commentary);
  await press(form.add);
  await form.added.waitFor();
  return popup;
}

const issuePage = async (session: ChromiumSession) => {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/issue.html`);
  return page;
};

describe('Undo and drafts in the Queue, by keyboard, in Chromium', () => {
  it('Delete moves focus to Undo and Enter restores; a merge is undone the same way', async () => {
    const session = await bed.launch();
    await (await clip(session, TEAMS)).close();
    const popup = await clip(session, ONE_TO_ONES);
    await press(popup.getByRole('tab', { name: 'Queue', exact: true }));
    await popup.getByText('2 clips in issue #1').waitFor();

    // Delete by keyboard: focus lands on this clip's Undo, Enter brings the clip back and focus with it.
    await chooseByKeyboard(queueItem(popup, TEAMS.title), 'Delete');
    const undoDelete = popup.getByRole('button', { name: `Undo delete of ${TEAMS.title}`, exact: true });
    await expect.poll(() => isFocused(undoDelete)).toBe(true);
    await popup.getByText('1 clip in issue #1').waitFor();
    await popup.keyboard.press('Enter');
    await popup.getByText('2 clips in issue #1').waitFor();
    await expect.poll(() => isFocused(queueItem(popup, TEAMS.title))).toBe(true);

    // Merge by keyboard, then Undo: both items as they were.
    await chooseByKeyboard(queueItem(popup, ONE_TO_ONES.title), 'Edit');
    const editor = popup.getByRole('group', { name: `Edit ${ONE_TO_ONES.title}`, exact: true });
    const mergeInto = editor.getByRole('combobox', { name: 'Merge into', exact: true });
    await mergeInto.focus();
    await mergeInto.selectOption({ label: TEAMS.title });
    await press(editor.getByRole('button', { name: 'Merge', exact: true }));
    await popup
      .getByRole('status')
      .filter({ hasText: `Merged “${ONE_TO_ONES.title}” into “${TEAMS.title}”.` })
      .waitFor();
    const undoMerge = popup.getByRole('button', { name: `Undo merge of ${ONE_TO_ONES.title}`, exact: true });
    await expect.poll(() => isFocused(undoMerge)).toBe(true);
    await popup.getByText('1 clip in issue #1').waitFor();
    await popup.keyboard.press('Enter');
    await popup.getByText('2 clips in issue #1').waitFor();

    const live = (await readStore<StoredClip>(session.context, 'clips')).filter((c) => !c.deletedAt);
    expect(live.map((c) => [c.links.map((l) => l.title), c.commentary])).toEqual([
      [[TEAMS.title], TEAMS.commentary],
      [[ONE_TO_ONES.title], ONE_TO_ONES.commentary],
    ]);
  });

  it('a draft typed in the Clip view and left is listed in the Queue: Open opens its page, Discard removes it', async () => {
    const session = await bed.launch();
    const url = bed.server.url(TEAMS.path);
    const popup = await openPopup(session, (await openArticle(session, url)).tabId);
    await waitForExtraction(popup);
    await popupForm(popup).commentary.fill('Half a thought');
    await popup.waitForTimeout(DRAFT_SAVE_DELAY_MS + 150);
    await popup.close();

    const issue = await issuePage(session);
    const drafts = issue.getByRole('list', { name: 'Unfinished drafts', exact: true });
    const item = drafts.getByRole('listitem', { name: TEAMS.title, exact: true });
    await item.waitFor();
    expect(await item.innerText()).toContain(url);
    expect(await item.innerText()).toContain('just now');

    const opened = session.context.waitForEvent('page');
    await press(issue.getByRole('button', { name: `Open ${TEAMS.title}`, exact: true }));
    const tab = await opened;
    await tab.waitForLoadState();
    expect(tab.url()).toBe(url);

    await press(issue.getByRole('button', { name: `Discard draft ${TEAMS.title}`, exact: true }));
    await item.waitFor({ state: 'detached' });
    await expect.poll(() => isFocused(issue.getByRole('button', { name: `Undo discard of ${TEAMS.title}`, exact: true }))).toBe(true);
    expect(await readStore(session.context, 'drafts')).toEqual([]);
  });

  it('the options page keeps an edit made 50 ms before it closed, 5 times of 5, in IndexedDB and in storage.sync', async () => {
    const session = await bed.launch();
    const optionsUrl = `chrome-extension://${session.extensionId}/options.html`;
    const signOffOf = (page: Page) => page.getByRole('textbox', { name: 'Sign-off', exact: true });
    for (let round = 1; round <= 5; round++) {
      const options = await session.context.newPage();
      await options.goto(optionsUrl);
      await expect.poll(() => signOffOf(options).inputValue()).toBe(round === 1 ? '' : `Edit ${round - 1}`);
      await signOffOf(options).fill(`Edit ${round}`);
      await options.waitForTimeout(50);
      await options.close({ runBeforeUnload: true });
    }
    const reopened = await session.context.newPage();
    await reopened.goto(optionsUrl);
    await expect.poll(() => signOffOf(reopened).inputValue()).toBe('Edit 5');
    // Other settings (the backup bookkeeping) share the table.
    const settings = await readStore<{ key: string; value: { signOff: string } }>(session.context, 'settings');
    expect(settings.find((s) => s.key === 'template')).toMatchObject({ key: 'template', value: { signOff: 'Edit 5' } });
    const worker = await backgroundWorker(session.context);
    const synced = await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { get(keys: null): Promise<Record<string, unknown>> } } } };
      const items = await chrome.storage.sync.get(null);
      const header = items.template as { parts: number };
      return JSON.parse(Array.from({ length: header.parts }, (_, i) => items[`template.${i}`]).join('')) as { signOff: string };
    });
    expect(synced.signOff).toBe('Edit 5');
  });
});
