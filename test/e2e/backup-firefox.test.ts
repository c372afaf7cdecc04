import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_CLIPS } from '@/test/support/backup-clips';
import { backupFiles, type Cleanup, launchChromiumWithHome } from '@/test/support/backup-e2e';
import { type FirefoxSession, launchFirefox } from '@/test/support/firefox';
import { insertClipsSource } from '@/test/support/seed-clips';

const cleanup: Cleanup = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step().catch(() => undefined);
});

/** Firefox ESR saving downloads, without asking, into a temporary folder (its download preferences). */
async function launchWithDownloads(): Promise<{ firefox: FirefoxSession; folder: string }> {
  const downloads = await mkdtemp(path.join(os.tmpdir(), 'roundup-e2e-downloads-'));
  cleanup.push(() => rm(downloads, { recursive: true, force: true }));
  const firefox = await launchFirefox({
    prefs: { 'browser.download.folderList': 2, 'browser.download.dir': downloads, 'browser.download.useDownloadDir': true },
  });
  cleanup.push(() => firefox.close());
  return { firefox, folder: path.join(downloads, 'Roundup Clipper') };
}

/** A control by role and accessible name (Firefox answers through BiDi `locateNodes`). */
async function control(page: Page, role: string, name: string) {
  const handle = await page.waitForSelector(`::-p-aria([name="${name}"][role="${role}"])`, { timeout: 10_000 });
  if (!handle) throw new Error(`no ${role} named "${name}"`);
  return handle;
}

const textOf = async (page: Page, selector: string, wanted: string) =>
  page.waitForFunction((s, w) => [...document.querySelectorAll(s)].some((el) => (el.textContent ?? '').includes(w)), { timeout: 15_000 }, selector, wanted);

/** The issue page's markdown source, once it shows the seeded note. */
async function issueMarkdown(firefox: FirefoxSession): Promise<string> {
  const page = await firefox.openExtensionPage('issue.html');
  await textOf(page, '[aria-label="Markdown preview"]', 'A note: the');
  const text = await page.$eval('[aria-label="Markdown preview"]', (el) => el.textContent ?? '');
  await page.close();
  return text;
}

/** Options page → "Restore from backup" with `file` → Replace, in Firefox. */
async function restoreInFirefox(firefox: FirefoxSession, file: string): Promise<void> {
  const options = await firefox.openExtensionPage('options.html');
  // The file input named "Restore from backup" (by its label).
  const input = await options.waitForSelector('input[type="file"]');
  if (!input) throw new Error('no file input');
  expect(await input.evaluate((el) => (el.labels?.[0]?.textContent ?? '').trim())).toBe('Restore from backup');
  await input.uploadFile(file);
  await textOf(options, 'fieldset', '3 clips');
  await (await control(options, 'button', 'Replace this archive')).click();
  await textOf(options, '[role="status"]', 'Archive replaced');
}

/** Chromium: restore `file`, check the markdown, and back up everything there; returns the Chromium-made file. */
async function throughChromium(file: string, markdown: string): Promise<string> {
  const { session, folder } = await launchChromiumWithHome(cleanup);
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByLabel('Restore from backup', { exact: true }).setInputFiles(file);
  await options.getByRole('button', { name: 'Replace this archive', exact: true }).click();
  await options.getByRole('status').filter({ hasText: 'Archive replaced' }).waitFor({ timeout: 15_000 });
  const issue = await session.context.newPage();
  await issue.goto(`chrome-extension://${session.extensionId}/issue.html`);
  const preview = issue.getByRole('region', { name: 'Markdown preview', exact: true, includeHidden: true });
  await expect.poll(() => preview.evaluate((el) => el.textContent ?? '')).toBe(markdown);
  await options.getByRole('button', { name: 'Back up everything', exact: true }).click();
  const saved = options.getByRole('status').filter({ hasText: 'Backup saved to your downloads folder: ' });
  await saved.waitFor({ timeout: 15_000 });
  const made = (await saved.innerText()).replace(/^.*downloads folder: /, '').trim();
  expect(path.dirname(made)).toBe(folder);
  expect(await backupFiles(folder, 2)).toContain(made);
  return made;
}

describe('backup and restore in Firefox ESR', () => {
  it('backs up into Roundup Clipper/; the file restores in Chromium, whose backup restores in a fresh Firefox profile, same markdown', async () => {
    const here = await launchWithDownloads();
    const issue = await here.firefox.openExtensionPage('issue.html');
    await issue.waitForSelector('h1');
    const helper = await here.firefox.openExtensionPage('e2e-helper.html');
    await helper.evaluate(`(${insertClipsSource})(${JSON.stringify(BACKUP_CLIPS)})`);
    const markdown = await issueMarkdown(here.firefox);

    const options = await here.firefox.openExtensionPage('options.html');
    await (await control(options, 'button', 'Back up everything')).click();
    await textOf(options, '[role="status"]', 'Backup saved to your downloads folder');
    const [file] = await backupFiles(here.folder, 1);
    if (!file) throw new Error('no backup file');

    // Firefox → Chromium → Firefox: the same file format restores in both.
    const fromChromium = await throughChromium(file, markdown);
    const there = await launchWithDownloads();
    await restoreInFirefox(there.firefox, fromChromium);
    expect(await backupFiles(there.folder, 1)).toHaveLength(1);
    expect(await there.firefox.readStore('clips')).toHaveLength(BACKUP_CLIPS.length);
    expect(await issueMarkdown(there.firefox)).toBe(markdown);
    // Two Firefox profiles and a Chromium one, each launched, seeded or restored, and checked.
  }, 200_000);
});
