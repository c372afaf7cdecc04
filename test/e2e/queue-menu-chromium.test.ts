import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type ChromiumSession, openArticle, popupUrl, readStore } from '@/test/support/chromium';
import { chromiumTestBed } from '@/test/support/chromium-test-bed';
import { queuedItems } from '@/test/support/queue-actions';
import { insertClipsSource } from '@/test/support/seed-clips';

interface StoredClip {
  section: string;
  position: number;
  links: { title: string }[];
  deletedAt?: number | null;
}

/** Four sections of the default template, with 5, 4, 3 and 3 clips: a busy week. */
const FILLED = [
  { sectionIndex: 0, count: 5 },
  { sectionIndex: 1, count: 4 },
  { sectionIndex: 4, count: 3 },
  { sectionIndex: 10, count: 3 },
];
const MANAGING = 'Managing Teams';
const LEADERSHIP = 'Technical Leadership';

/** Clip rows as the popup stores them, with realistic titles, attributions and commentary. */
function weekOfClips() {
  const now = Date.now();
  let n = 0;
  return FILLED.flatMap(({ sectionIndex, count }) =>
    Array.from({ length: count }, (_, i) => {
      n += 1;
      const title = `Clip ${n}: what a research software team learns in its second year`;
      return {
        sectionIndex,
        position: i + 1,
        kind: 'link',
        links: [{ title, url: `https://example.org/${n}`, authors: ['Dana Lee'], source: 'Example Lab Notes', attribution: 'Dana Lee, Example Lab Notes' }],
        commentary: `Clip ${n} names a problem most teams only half notice, and shows how one group handled it, with numbers.\nA second paragraph.`,
        createdAt: now + n,
        updatedAt: now + n,
      };
    }),
  );
}

const bed = chromiumTestBed();

/** Issue #1 with the week's 15 clips, and the popup (as a tab, 420 px wide) open on its Queue. */
async function popupOnBusyQueue(session: ChromiumSession): Promise<Page> {
  const issue = await session.context.newPage();
  await issue.goto(`chrome-extension://${session.extensionId}/issue.html`);
  await issue.getByRole('heading', { level: 1 }).waitFor();
  await issue.evaluate(`(${insertClipsSource})(${JSON.stringify(weekOfClips())})`);
  await issue.close();
  const { tabId } = await openArticle(session, bed.server.url('/research-software-teams.html'));
  const popup = await session.context.newPage();
  // Short, so the document's scroll height is the Queue's own height, not the window's.
  await popup.setViewportSize({ width: 420, height: 400 });
  await popup.goto(`${popupUrl(session.extensionId, tabId)}&view=queue`);
  await popup.getByText('15 clips in issue #1').waitFor();
  return popup;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A queued clip whose accessible name starts with `prefix` ("Clip 2:"). */
const queueItem = (page: Page, prefix: string) => page.getByRole('listitem', { name: new RegExp(`^${escapeRegExp(prefix)}`) });
/** The focused control's text as read out: without the tick (aria-hidden) of a checked choice. */
const focusedText = (page: Page) =>
  page.evaluate(() => {
    const copy = document.activeElement?.cloneNode(true) as Element | undefined;
    for (const hidden of copy?.querySelectorAll('[aria-hidden="true"]') ?? []) hidden.remove();
    return copy?.textContent?.trim() ?? '';
  });
const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

describe('the compact Queue and its “More actions” menu, in Chromium', () => {
  it('15 clips in four sections fit in 1,200 px at 420 px wide, one line each, empty sections one line', async () => {
    const session = await bed.launch();
    const popup = await popupOnBusyQueue(session);
    await expect.poll(() => queuedItems(popup).count()).toBe(15);
    const height = await popup.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(1200);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
    // Headings carry the counts; an empty section is a heading alone.
    expect(await popup.getByRole('heading', { name: `${MANAGING} (5)`, level: 2 }).count()).toBe(1);
    expect(await popup.getByRole('heading', { name: 'Managing Your Own Career (0)', level: 2 }).count()).toBe(1);
    // One control per item: its "More actions" button, named for the clip by its description.
    const first = queueItem(popup, 'Clip 1:');
    expect(await first.getByRole('button').count()).toBe(1);
    const more = first.getByRole('button', { name: 'More actions', exact: true });
    expect(await more.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent)).toMatch(/^Clip 1: /);
  }, 60_000);

  it('by keyboard only: Enter opens on the first action, arrows reach Move to section, Delete and Undo, Escape returns to the button', async () => {
    const session = await bed.launch();
    const popup = await popupOnBusyQueue(session);
    const clip = queueItem(popup, 'Clip 2:');
    const more = clip.getByRole('button', { name: 'More actions', exact: true });

    // Tab from the item reaches its button; Enter opens the menu on Edit.
    await clip.focus();
    await popup.keyboard.press('Tab');
    expect(await isFocused(more)).toBe(true);
    await popup.keyboard.press('Enter');
    await clip.getByRole('menu', { name: 'More actions' }).waitFor();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await focusedText(popup)).toBe('Edit');
    // Escape closes it, back on the button.
    await popup.keyboard.press('Escape');
    await expect.poll(() => clip.getByRole('menu').count()).toBe(0);
    expect(await isFocused(more)).toBe(true);

    // ↓ opens it too; ↓↓↓ reaches "Move to section…", Enter lists the sections, ↓ to the next one, Enter moves it there.
    await popup.keyboard.press('ArrowDown');
    expect(await focusedText(popup)).toBe('Edit');
    for (let i = 0; i < 3; i++) await popup.keyboard.press('ArrowDown');
    expect(await focusedText(popup)).toBe('Move to section…');
    await popup.keyboard.press('Enter');
    await clip.getByRole('menu', { name: 'Move to section' }).waitFor();
    expect(await focusedText(popup)).toBe(MANAGING);
    await popup.keyboard.press('ArrowDown');
    expect(await focusedText(popup)).toBe(LEADERSHIP);
    await popup.keyboard.press('Enter');
    await popup.getByRole('heading', { name: `${LEADERSHIP} (5)`, level: 2 }).waitFor();
    await popup.getByRole('heading', { name: `${MANAGING} (4)`, level: 2 }).waitFor();
    const stored = async () => (await readStore<StoredClip>(session.context, 'clips')).find((c) => c.links[0]?.title.startsWith('Clip 2:'));
    await expect.poll(async () => (await stored())?.section).toBe(LEADERSHIP);
    // Focus stayed with the clip (its item or its button), not lost to the page.
    await expect.poll(() => clip.evaluate((el) => el.contains(document.activeElement))).toBe(true);

    // Delete by keyboard: End is Delete; focus goes to Undo, Enter brings the clip back.
    await more.focus();
    await popup.keyboard.press('Enter');
    await popup.keyboard.press('End');
    expect(await focusedText(popup)).toBe('Delete');
    await popup.keyboard.press('Enter');
    const undo = popup.getByRole('button', { name: /^Undo delete of Clip 2:/ });
    await expect.poll(() => isFocused(undo)).toBe(true);
    await popup.getByText('14 clips in issue #1').waitFor();
    await popup.keyboard.press('Enter');
    await popup.getByText('15 clips in issue #1').waitFor();
    await expect.poll(() => isFocused(clip)).toBe(true);
    await expect.poll(async () => (await stored())?.deletedAt ?? null).toBeNull();

    // Alt+↑ still moves the focused clip.
    const before = (await stored())?.position ?? 0;
    await popup.keyboard.press('Alt+ArrowUp');
    await expect.poll(async () => (await stored())?.position).toBeLessThan(before);
  }, 60_000);
});
