import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { backgroundWorker, type ChromiumSession, openArticle, openPopup, waitForExtraction } from '@/test/support/chromium';
import { chromiumTestBed } from '@/test/support/chromium-test-bed';
import { popupForm } from '@/test/support/popup-form';
import { insertClipsSource } from '@/test/support/seed-clips';

const bed = chromiumTestBed();

/**
 * Twelve link items over the first three sections, and ten briefs filed in a section of link
 * items (a warning each): a Queue far taller than any window, and a long list of problems.
 */
function seededRows(): object[] {
  const now = Date.now();
  const links = Array.from({ length: 12 }, (_, i) => ({
    sectionIndex: i % 3,
    kind: 'link',
    links: [{ title: `Seeded article ${i + 1}`, url: `https://example.org/a/${i + 1}`, authors: ['Sam Lee'], source: null, attribution: 'Sam Lee' }],
    commentary: `Why article ${i + 1} matters, in a sentence or two.`,
  }));
  const briefs = Array.from({ length: 10 }, (_, i) => ({
    sectionIndex: 1,
    kind: 'brief',
    links: [],
    commentary: `Brief number ${i + 1}, filed in the wrong section.`,
  }));
  return [...links, ...briefs].map((clip, i) => ({
    ...clip,
    position: 1000 + i,
    createdAt: now + i,
    updatedAt: now + i,
  }));
}

/** Clips one page through the popup (which makes issue #1), then stores twelve more. */
async function issueWithManyClips(session: ChromiumSession): Promise<Page> {
  const popup = await openPopup(session, (await openArticle(session, bed.server.url('/research-software-teams.html'))).tabId);
  await waitForExtraction(popup);
  await popupForm(popup).add.click();
  await popupForm(popup).added.waitFor();
  const worker = await backgroundWorker(session.context);
  await worker.evaluate(`(${insertClipsSource})(${JSON.stringify(seededRows())})`);
  return popup;
}

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not laid out');
  return box;
}

/** Whether the element's box lies wholly inside the window. */
async function wholeInView(page: Page, locator: Locator): Promise<boolean> {
  const box = await boxOf(locator);
  const size = page.viewportSize();
  if (!size) throw new Error('no viewport');
  return box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width;
}

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

describe('the issue page as a writing desk, in Chromium', () => {
  it('puts the Queue and the preview side by side when wide, keeps the export in view, toggles Preview/Markdown by keyboard; one column when narrow', async () => {
    const session = await bed.launch();
    const popup = await issueWithManyClips(session);

    // The popup links to the archive and to the options, each opening in a tab.
    expect(await popup.getByRole('link', { name: 'Archive', exact: true }).getAttribute('href')).toBe('/archive.html');
    const [options] = await Promise.all([session.context.waitForEvent('page'), popup.getByRole('link', { name: 'Options', exact: true }).click()]);
    await options.waitForLoadState();
    expect(options.url()).toBe(`chrome-extension://${session.extensionId}/options.html`);
    await options.close();
    await popup.close();

    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`chrome-extension://${session.extensionId}/issue.html`);
    const firstClip = page.getByRole('listitem', { name: /^Seeded article 1,/ });
    const lastClip = page.getByRole('listitem', { name: /^Seeded article 12,/ });
    const rendered = page.getByRole('region', { name: 'Rendered preview', exact: true });
    await rendered.getByRole('link', { name: 'Seeded article 12', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Options', exact: true }).getAttribute('href')).toBe('/options.html');
    expect(await page.getByRole('link', { name: 'Archive', exact: true }).getAttribute('href')).toBe('/archive.html');

    // Side by side: the Queue on the left, the preview on the right, both in the window at once.
    await firstClip.scrollIntoViewIfNeeded();
    const clipBox = await boxOf(firstClip);
    const previewBox = await boxOf(rendered);
    expect(clipBox.x + clipBox.width).toBeLessThanOrEqual(previewBox.x);
    // The page uses the window's width (no popup-sized body): the preview starts past the middle.
    expect(previewBox.x).toBeGreaterThan(600);
    expect(previewBox.y).toBeLessThan(900);
    expect(previewBox.y + previewBox.height).toBeGreaterThan(0);

    // Scrolled to the very bottom of the page: the export bar and Publish are still there, whole;
    // the long list of problems scrolls in its own box rather than push them out.
    const exportBar = page.getByRole('region', { name: 'Export', exact: true });
    const problems = exportBar.getByRole('region', { name: 'Problems found', exact: true });
    await problems.getByText('Brief number 10, filed in the wrong section.', { exact: false }).waitFor();
    expect(await problems.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    const copy = exportBar.getByRole('button', { name: 'Copy markdown', exact: true });
    const publish = page.getByRole('button', { name: 'Publish issue #1', exact: true });
    await lastClip.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    expect(await wholeInView(page, copy)).toBe(true);
    expect(await wholeInView(page, exportBar.getByRole('button', { name: 'Download .md', exact: true }))).toBe(true);
    expect(await wholeInView(page, publish)).toBe(true);
    expect(await wholeInView(page, lastClip)).toBe(true);

    // Preview and Markdown are tabs: arrow keys move between them and the panel follows.
    const previewTab = page.getByRole('tab', { name: 'Preview', exact: true });
    const markdownTab = page.getByRole('tab', { name: 'Markdown', exact: true });
    expect(await previewTab.getAttribute('aria-selected')).toBe('true');
    await previewTab.focus();
    await page.keyboard.press('ArrowRight');
    expect(await markdownTab.getAttribute('aria-selected')).toBe('true');
    expect(await isFocused(markdownTab)).toBe(true);
    const source = page.getByRole('region', { name: 'Markdown preview', exact: true });
    expect(await source.innerText()).toContain('[Seeded article 12](https://example.org/a/12) - Sam Lee');
    expect(await rendered.isVisible()).toBe(false);
    // Tab goes on into the panel, which scrolls by keyboard; then back to Preview with Home.
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByRole('tabpanel', { name: 'Markdown', exact: true }))).toBe(true);
    await markdownTab.focus();
    await page.keyboard.press('Home');
    expect(await previewTab.getAttribute('aria-selected')).toBe('true');
    expect(await rendered.isVisible()).toBe(true);
    expect(await source.isVisible()).toBe(false);

    // 700 px wide: one column, the preview under the Queue.
    await page.setViewportSize({ width: 700, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const narrowClip = await boxOf(lastClip);
    const narrowPreview = await boxOf(rendered);
    expect(narrowPreview.y).toBeGreaterThanOrEqual(narrowClip.y + narrowClip.height);
    expect(narrowPreview.x).toBeLessThan(narrowClip.x + narrowClip.width);
  }, 60_000);
});
