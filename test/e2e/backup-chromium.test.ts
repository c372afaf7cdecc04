import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_CLIPS as CLIPS } from '@/test/support/backup-clips';
import { backupFiles, type Cleanup, launchChromiumWithHome } from '@/test/support/backup-e2e';
import { type ChromiumSession, openArticle } from '@/test/support/chromium';
import { insertClipsSource } from '@/test/support/seed-clips';
import { type StaticServer, startStaticServer } from '@/test/support/static-server';

let server: StaticServer;
const cleanup: Cleanup = [];
beforeAll(async () => {
  server = await startStaticServer();
});
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step().catch(() => undefined);
});
afterAll(() => server.close());

const extensionPage = async (context: BrowserContext, extensionId: string, file: string): Promise<Page> => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${file}`);
  return page;
};

/** What the popup's Queue tab shows: every item's name, top to bottom. */
async function queueNames(session: ChromiumSession): Promise<string[]> {
  const { tabId } = await openArticle(session, server.url('/research-software-teams.html'));
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}&view=queue`);
  // Queue sections are regions named "Managing Teams (2)"; the export's problems are list items too.
  const items = popup.getByRole('region', { name: /\(\d+\)$/ }).getByRole('listitem');
  await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(CLIPS.length);
  const names = await items.evaluateAll((items) => items.map((li) => li.getAttribute('aria-label') ?? li.textContent ?? ''));
  await popup.close();
  return names;
}

/** The issue page's markdown, as the preview shows the source. */
async function issueMarkdown(context: BrowserContext, extensionId: string): Promise<string> {
  const page = await extensionPage(context, extensionId, 'issue.html');
  const preview = page.getByRole('region', { name: 'Markdown preview', exact: true, includeHidden: true });
  await expect.poll(() => preview.evaluate((el) => el.textContent ?? '')).toContain('A note: the');
  const text = await preview.evaluate((el) => el.textContent ?? '');
  await page.close();
  return text;
}

describe('backup and restore in Chromium', () => {
  it('backs up everything into Roundup Clipper/, and a fresh profile restores the same Queue and markdown', async () => {
    const here = await launchChromiumWithHome(cleanup);
    const { context, extensionId } = here.session;
    // The issue page creates issue #1; then the clips go into it.
    const seeding = await extensionPage(context, extensionId, 'issue.html');
    await seeding.getByRole('heading', { level: 1 }).waitFor();
    // Seeded from the extension page (same IndexedDB) rather than the service worker, which may be idle.
    await seeding.evaluate(`(${insertClipsSource})(${JSON.stringify(CLIPS)})`);
    const queue = await queueNames(here.session);
    const markdown = await issueMarkdown(context, extensionId);

    const options = await extensionPage(context, extensionId, 'options.html');
    await options.getByText('No backup has been made yet.').waitFor();
    await options.getByRole('button', { name: 'Back up everything', exact: true }).click();
    await options.getByRole('status').filter({ hasText: 'Backup saved to your downloads folder' }).waitFor({ timeout: 15_000 });
    const [file] = await backupFiles(here.folder, 1);
    if (!file) throw new Error('no backup file');
    expect(path.basename(file)).toMatch(/^roundup-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    const backup = JSON.parse(await readFile(file, 'utf8'));
    expect(backup).toMatchObject({ format: 'roundup-clipper-backup', formatVersion: 1, schemaVersion: 4 });
    await options.getByText(/^Last backup: .*by hand/).waitFor();

    // A fresh profile (a reinstall, another machine): restore, replacing its empty archive.
    const there = await launchChromiumWithHome(cleanup);
    const fresh = await extensionPage(there.session.context, there.session.extensionId, 'options.html');
    await fresh.getByLabel('Restore from backup', { exact: true }).setInputFiles(file);
    const restore = fresh.getByRole('group', { name: 'Restore this backup' });
    await restore.getByText('3 clips').waitFor();
    await restore.getByText('1 draft issue, 0 published issues').waitFor();
    await restore.getByRole('button', { name: 'Replace this archive', exact: true }).click();
    await fresh.getByRole('status').filter({ hasText: 'Archive replaced' }).waitFor({ timeout: 15_000 });
    // Replace backed up the fresh profile's own archive first.
    expect(await backupFiles(there.folder, 1)).toHaveLength(1);

    expect(await queueNames(there.session)).toEqual(queue);
    expect(await issueMarkdown(there.session.context, there.session.extensionId)).toBe(markdown);
  }, 120_000);

  it('backs up automatically at Publish', async () => {
    const { session, folder } = await launchChromiumWithHome(cleanup);
    const { context, extensionId } = session;
    const issue = await extensionPage(context, extensionId, 'issue.html');
    await issue.getByRole('heading', { level: 1 }).waitFor();
    await issue.evaluate(`(${insertClipsSource})(${JSON.stringify(CLIPS)})`);
    await issue.reload();
    await issue.getByRole('button', { name: 'Publish issue #1', exact: true }).click();
    await issue.getByRole('button', { name: 'Publish now', exact: true }).click();
    const [file] = await backupFiles(folder, 1);
    const backup = JSON.parse(await readFile(file ?? '', 'utf8'));
    const issues = backup.database.data.data.find((t: { tableName: string }) => t.tableName === 'issues').rows;
    expect(issues.find((i: { number: number }) => i.number === 1)).toMatchObject({ status: 'published', markdown: expect.stringContaining('Take the survey') });
    const options = await extensionPage(context, extensionId, 'options.html');
    await options.getByText(/^Last backup: .*\(at Publish\)/).waitFor();
  });

  it('refuses a file that is not a backup, in words, changing nothing', async () => {
    const { session } = await launchChromiumWithHome(cleanup);
    const options = await extensionPage(session.context, session.extensionId, 'options.html');
    await options
      .getByLabel('Restore from backup', { exact: true })
      .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') });
    await options.getByRole('alert').filter({ hasText: 'This file is not a Roundup Clipper backup. Nothing was changed.' }).waitFor();
    expect(await options.getByRole('button', { name: 'Replace this archive' }).count()).toBe(0);
  });
});
