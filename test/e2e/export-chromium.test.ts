import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type ChromiumSession,
  createProfileDir,
  launchChromium,
  openArticle,
  openPopup,
  readStore,
  removeProfile,
  waitForExtraction,
} from '@/test/support/chromium';
import { popupForm } from '@/test/support/popup-form';
import { chooseQueueAction } from '@/test/support/queue-actions';
import { type StaticServer, startStaticServer } from '@/test/support/static-server';

interface StoredIssue {
  id: number;
  number: number;
  date: string;
  status: 'draft' | 'published';
  markdown?: string;
}

interface StoredClip {
  id: number;
  issueId: number;
  commentary: string;
  holdForNextWeek?: boolean;
  links: { title: string }[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** Issue #1's date: the coming Friday (today if a Friday), in local time, as the extension picks it. */
function comingFriday(daysLater = 0): Date {
  const now = new Date();
  const date = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  date.setDate(date.getDate() + ((5 - date.getDay() + 7) % 7) + daysLater);
  return date;
}
const isoDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
/** "27 Nov 2026", as issue titles write dates. */
const dayLabel = (d: Date) => `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;

const TEAMS = {
  path: '/research-software-teams.html',
  title: 'How Research Software Teams Grow',
  attribution: 'Dana Smith, The Example Review',
  section: 'Managing Teams',
  commentary: 'What changes between a team of one and a team of ten, and what the manager can *do* about it.',
};
const REVIEW = {
  path: '/code-review-notes.html',
  title: 'Code Review Without Tears',
  attribution: 'Priya Raman and Tom Okafor, Lab Notes',
  section: 'Research Software Development',
  commentary: 'Small habits that make review in a scientific team faster and kinder.',
};
const INTRO = 'This week: how teams grow, and review without tears.\n\nOn to the roundup!';

/**
 * The exact file the editor should get. Only the server's origin and the issue date vary.
 * The clip held for next week is not in it: it goes out with #43 instead.
 */
function expectedMarkdown(origin: string, date: Date): string {
  return `---
title: "#42 - ${dayLabel(date)}"
subtitle: ""
date: ${isoDay(date)}
layout: email
---

<!-- markdownlint-disable MD033 -->
<!-- markdownlint-disable MD049 -->

Hi!

This week: how teams grow, and review without tears.

On to the roundup!

## Managing Teams

[How Research Software Teams Grow](${origin}/research-software-teams.html) - Dana Smith, The Example Review

What changes between a team of one and a team of ten, and what the manager can *do* about it.

----------

## That’s it…

And that’s it for another week.

### About This Newsletter

A weekly roundup for people who lead research computing teams.
`;
}

let server: StaticServer;
let session: ChromiumSession | undefined;
let profileDir: string | undefined;

beforeAll(async () => {
  server = await startStaticServer();
});

afterEach(async () => {
  await session?.close().catch(() => {});
  session = undefined;
  if (profileDir) await removeProfile(profileDir);
  profileDir = undefined;
});

afterAll(async () => {
  await server?.close();
});

/** Clicks `button` and returns the text of the file it downloads, with the suggested name. */
async function download(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download') as Promise<Download>, button.click()]);
  const filePath = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(filePath, 'utf8') };
}

const markdownPreview = (page: Page) => page.getByRole('region', { name: 'Markdown preview', exact: true, includeHidden: true });
const previewText = (page: Page) => markdownPreview(page).evaluate((el) => el.textContent ?? '');
const heading = (page: Page) => page.getByRole('heading', { level: 1 }).innerText();
const exportRegion = (page: Page) => page.getByRole('region', { name: 'Export', exact: true });

describe('exporting and publishing an issue in Chromium', () => {
  it('downloads, copies and publishes exactly the expected markdown, and carries the held clip over', async () => {
    profileDir = await createProfileDir();
    session = await launchChromium(profileDir);
    const { context, extensionId } = session;
    const date = comingFriday();
    const nextDate = comingFriday(7);
    const expected = expectedMarkdown(server.origin, date);
    const fileName = `${isoDay(date)}-issue-42.md`;

    // Clip two pages, each with commentary, into two sections.
    let popup: Page | undefined;
    for (const clip of [TEAMS, REVIEW]) {
      await popup?.close();
      const { tabId } = await openArticle(session, server.url(clip.path));
      popup = await openPopup(session, tabId);
      await waitForExtraction(popup);
      const form = popupForm(popup);
      expect(await form.title.inputValue()).toBe(clip.title);
      expect(await form.attribution.inputValue()).toBe(clip.attribution);
      await form.section.selectOption({ label: clip.section });
      await form.commentary.fill(clip.commentary);
      await form.add.click();
      await form.added.waitFor();
    }
    if (!popup) throw new Error('no popup');

    // Queue tab: Edit the second clip and hold it for next week (the editor's checkbox; the menu has the same).
    await popup.getByRole('tab', { name: 'Queue', exact: true }).click();
    await popup.getByText('2 clips in issue #1').waitFor();
    const reviewItem = popup.getByRole('listitem', { name: `${REVIEW.title}, ${REVIEW.attribution}`, exact: true });
    await chooseQueueAction(reviewItem, 'Edit');
    const editor = popup.getByRole('group', { name: `Edit ${REVIEW.title}`, exact: true });
    await editor.getByRole('checkbox', { name: 'Hold for next week', exact: true }).check();
    await expect.poll(async () => (await readStore<StoredClip>(context, 'clips')).find((c) => c.links[0]?.title === REVIEW.title)?.holdForNextWeek).toBe(true);
    await reviewItem.getByRole('button', { name: 'Done', exact: true }).click();

    // "Open issue" opens the issue page in a new tab.
    const [issuePage] = await Promise.all([
      context.waitForEvent('page', { predicate: (p) => p.url().startsWith(`chrome-extension://${extensionId}/issue.html`) }),
      popup.getByRole('button', { name: 'Open issue', exact: true }).click(),
    ]);
    await issuePage.waitForLoadState();
    await issuePage.getByRole('heading', { level: 1, name: `Issue #1 · ${dayLabel(date)}`, exact: true }).waitFor();

    await issuePage.getByRole('spinbutton', { name: 'Issue number', exact: true }).fill('42');
    await issuePage.getByRole('textbox', { name: 'Intro', exact: true }).fill(INTRO);
    await expect.poll(() => previewText(issuePage)).toBe(expected);
    const rendered = issuePage.getByRole('region', { name: 'Rendered preview', exact: true });
    expect(await rendered.getByRole('link', { name: TEAMS.title, exact: true }).getAttribute('href')).toBe(server.url(TEAMS.path));
    expect(await rendered.getByRole('heading', { name: TEAMS.section, exact: true }).count()).toBe(1);
    // The held clip's section goes out with #43, not in this issue.
    expect(await rendered.getByRole('heading', { name: REVIEW.section, exact: true }).count()).toBe(0);
    // Saved as typed (the heading shows the stored number, so it follows the save).
    await expect.poll(() => heading(issuePage)).toBe(`Issue #42 · ${dayLabel(date)}`);
    await expect.poll(async () => (await readStore<StoredIssue & { intro: string }>(context, 'issues')).map((i) => [i.number, i.intro])).toEqual([[42, INTRO]]);

    // Download .md from the issue page.
    const exportPanel = exportRegion(issuePage);
    const fromIssuePage = await download(issuePage, exportPanel.getByRole('button', { name: 'Download .md', exact: true }));
    expect(fromIssuePage.name).toBe(fileName);
    expect(fromIssuePage.text).toBe(expected);
    await exportPanel
      .getByRole('status')
      .filter({ hasText: `Downloaded ${fileName}.` })
      .waitFor();

    // Copy markdown: the clipboard holds the same text.
    // Chromium refuses \`{ origin: 'chrome-extension://…' }\` ("Permission can't be granted to
    // opaque origins"), so the grant is made without an origin, which covers every page.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await issuePage.bringToFront();
    // Something else on the clipboard first, so the check below sees the copy, not a leftover.
    await issuePage.evaluate(() => navigator.clipboard.writeText('not the issue'));
    expect(await issuePage.evaluate(() => navigator.clipboard.readText())).toBe('not the issue');
    await exportPanel.getByRole('button', { name: 'Copy markdown', exact: true }).click();
    await exportPanel.getByRole('status').filter({ hasText: 'Copied the issue’s markdown to the clipboard.' }).waitFor();
    expect(await issuePage.evaluate(() => navigator.clipboard.readText())).toBe(expected);

    // The popup's Queue tab exports the same file (it follows the issue page's edits live).
    await popup.bringToFront();
    await popup.getByText('2 clips in issue #42').waitFor();
    const fromPopup = await download(popup, exportRegion(popup).getByRole('button', { name: 'Download .md', exact: true }));
    expect(fromPopup).toEqual({ name: fileName, text: expected });

    // Publish #42: the page moves on to #43, a week later, holding only the held clip.
    await issuePage.bringToFront();
    await issuePage.getByRole('button', { name: 'Publish issue #42', exact: true }).click();
    await issuePage.getByRole('group', { name: 'Confirm publishing', exact: true }).getByRole('button', { name: 'Publish now', exact: true }).click();
    await issuePage.getByRole('heading', { level: 1, name: `Issue #43 · ${dayLabel(nextDate)}`, exact: true }).waitFor();
    await issuePage.getByText('1 clip in issue #43').waitFor();
    const held = issuePage.getByRole('listitem', { name: `${REVIEW.title}, ${REVIEW.attribution}`, exact: true });
    await held.waitFor();
    expect(await held.innerText()).toContain(REVIEW.commentary);
    await expect.poll(() => previewText(issuePage)).toContain(`[${REVIEW.title}](${server.origin}${REVIEW.path})`);

    const issues = (await readStore<StoredIssue>(context, 'issues')).sort((a, b) => a.number - b.number);
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatchObject({ number: 42, date: isoDay(date), status: 'published', markdown: expected });
    expect(issues[1]).toMatchObject({ number: 43, date: isoDay(nextDate), status: 'draft' });
    const clips = await readStore<StoredClip>(context, 'clips');
    expect(clips.map((c) => [c.links[0]?.title, c.issueId, c.commentary, !!c.holdForNextWeek]).sort()).toEqual(
      [
        [TEAMS.title, issues[0]?.id, TEAMS.commentary, false],
        [REVIEW.title, issues[1]?.id, REVIEW.commentary, false],
      ].sort(),
    );

    // Back to #42: published, read-only, and the preview is the markdown as sent.
    await issuePage.getByRole('combobox', { name: 'Issue', exact: true }).selectOption({ label: `#42 · ${dayLabel(date)} · published` });
    await issuePage.getByRole('heading', { level: 1, name: `Issue #42 · ${dayLabel(date)} (published)`, exact: true }).waitFor();
    await expect.poll(() => previewText(issuePage)).toBe(expected);
  });
});
