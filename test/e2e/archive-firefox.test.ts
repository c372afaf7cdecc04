import path from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, launchFirefox } from '@/test/support/firefox';
import { projectRoot } from '@/test/support/paths';

const ARCHIVE_DIR = path.join(projectRoot, 'test/fixtures/archive');
const FILES = ['0128.md', '0130.md', '0132.md'].map((name) => path.join(ARCHIVE_DIR, name));

let firefox: FirefoxSession | undefined;

afterAll(async () => {
  await firefox?.close();
});

interface StoredIssue {
  number: number;
  status: string;
  markdown?: string;
}

describe('the archive in Firefox ESR', () => {
  it('imports several issue files once', async () => {
    firefox = await launchFirefox();
    const archive = await firefox.openExtensionPage('archive.html');
    // A file input has no ARIA role to query by, so it is found by its label, as the editor reads it.
    const handle = await archive.waitForFunction(
      () =>
        [...document.querySelectorAll('input[type="file"]')].find((el) =>
          [...((el as HTMLInputElement).labels ?? [])].some((l) => l.textContent?.trim() === 'Import issues'),
        ),
      { timeout: 5_000 },
    );
    const input = handle.asElement() as ElementHandle<HTMLInputElement> | null;
    if (!input) throw new Error('no file input labelled "Import issues"');
    await input.uploadFile(...FILES);
    const status = await archive.waitForFunction(
      () => [...document.querySelectorAll('[role="status"]')].map((el) => el.textContent ?? '').find((text) => text.startsWith('Imported')),
      { timeout: 20_000 },
    );
    expect(String(await status.jsonValue())).toContain('Imported 3 issues');
    const issues = (await firefox.readStore<StoredIssue>('issues')).filter((i) => i.status === 'published');
    expect(issues.map((i) => i.number).sort()).toEqual([128, 130, 132]);
    expect(issues.every((i) => i.markdown?.startsWith('---\ntitle: "#1'))).toBe(true);
  }, 60_000);
});
