import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArticle, openPopup, readStore, waitForExtraction } from '@/test/support/chromium';
import { chromiumTestBed } from '@/test/support/chromium-test-bed';
import { projectRoot } from '@/test/support/paths';
import { popupForm } from '@/test/support/popup-form';

/** The 94 issues of the site's collection, as the editor's folder holds them. */
const ARCHIVE_DIR = path.join(projectRoot, 'test/fixtures/archive');
/** An item link of #130 (16 Jul 2022), in Managing Teams. */
const ARCHIVED_URL = 'https://hagakure.substack.com/p/twh30-process-has-a-bad-rap';

const bed = chromiumTestBed();

describe('the archive in Chromium', () => {
  it('imports the archive folder, finds an item by a phrase, and the popup says "Linked in #130"', async () => {
    const session = await bed.launch();
    const archive = await session.context.newPage();
    await archive.goto(`chrome-extension://${session.extensionId}/archive.html`);

    await archive.getByLabel('Pick a folder').check();
    await archive.getByLabel('Import issues', { exact: true }).setInputFiles(ARCHIVE_DIR);
    await expect.poll(() => archive.getByRole('status').filter({ hasText: 'Imported' }).textContent(), { timeout: 30_000 }).toContain('Imported 94 issues');
    await archive.getByRole('heading', { name: 'Issues (94)' }).waitFor();
    expect(await readStore(session.context, 'issues')).toHaveLength(95);

    // Importing the same files again changes nothing; the same input takes files once "Pick a folder" is cleared.
    await archive.getByLabel('Pick a folder').uncheck();
    await archive.getByLabel('Import issues', { exact: true }).setInputFiles([path.join(ARCHIVE_DIR, '0130.md'), path.join(ARCHIVE_DIR, '0132.md')]);
    await expect
      .poll(() => archive.getByRole('status').filter({ hasText: 'Imported' }).textContent(), { timeout: 10_000 })
      .toContain('Imported 0 issues; 2 issues already stored, unchanged');

    // Right after importing 94 issues the page stores its search index (3 MB of JSON) once idle: on a busy
    // machine that can hold the page past the default 5 s, which made this click time out twice.
    const busyPage = { timeout: 20_000 };
    await archive.getByRole('searchbox', { name: 'Search the archive' }).fill('process bad rap', busyPage);
    const result = archive.getByRole('list', { name: 'Search results' }).getByRole('button', { name: 'Process has a bad rap' });
    await result.click(busyPage);
    await archive.getByRole('heading', { name: /#130 - 16 Jul 2022/ }).waitFor(busyPage);
    await expect.poll(() => archive.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Process has a bad rap');

    const { tabId } = await openArticle(session, bed.server.url('/research-software-teams.html'));
    const popup = await openPopup(session, tabId);
    await waitForExtraction(popup);
    await popupForm(popup).link.fill(ARCHIVED_URL);
    await popup.getByText('Linked in #130 (16 Jul 2022, Managing Teams).').waitFor();
  }, 90_000);
});
