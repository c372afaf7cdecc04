import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { type ChromiumSession, createProfileDir, launchChromium, removeProfile } from '@/test/support/chromium';

/** Steps that undo a test's launches and folders, run in reverse after it. */
export type Cleanup = (() => Promise<unknown>)[];

/**
 * Chromium with a temporary home folder and downloads following the browser's
 * default behaviour (Playwright otherwise keeps them under random names), so a
 * backup lands in HOME/Downloads/Roundup Clipper/ as it would for the editor.
 */
export async function launchChromiumWithHome(cleanup: Cleanup): Promise<{ session: ChromiumSession; folder: string }> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'roundup-e2e-home-'));
  const profileDir = await createProfileDir();
  cleanup.push(
    () => rm(home, { recursive: true, force: true }),
    () => removeProfile(profileDir),
  );
  const session = await launchChromium(profileDir, undefined, [], { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config') });
  cleanup.push(() => session.close());
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
  return { session, folder: path.join(home, 'Downloads', 'Roundup Clipper') };
}

/** The backup files in `folder`, once at least `count` are there. */
export async function backupFiles(folder: string, count: number): Promise<string[]> {
  const list = async () => (await readdir(folder).catch(() => [] as string[])).filter((f) => /^roundup-backup-.*\.json$/.test(f)).sort();
  await expect.poll(async () => (await list()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(count);
  return (await list()).map((f) => path.join(folder, f));
}
