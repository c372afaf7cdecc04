// `npm run screenshots [-- --all] [-- --out DIR]`: the popup (Clip and Queue tabs), the issue
// page, the archive page (with search results) and the options page of the e2e build, with a
// realistic week's issue (twelve clips in four sections, an intro) and three archived issues
// imported from test/fixtures/archive, as small WebP files in docs/screenshots/ for the README
// (Chromium's own encoder, lossless where that stays small: a third the size of a PNG).
// Light by default, and the popup also dark; `--all` adds a dark shot of every view (for
// checking the theme, not for committing). Builds nothing: run `npm run build:e2e` first (it
// may read pages on 127.0.0.1). Controls are found by role and name and content is waited
// for, so the script survives a restyled Queue.

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  backgroundWorker,
  type ChromiumSession,
  createProfileDir,
  launchChromium,
  openArticle,
  popupUrl,
  removeProfile,
  waitForExtraction,
} from '@/test/support/chromium';
import { projectRoot } from '@/test/support/paths';
import { popupForm } from '@/test/support/popup-form';
import { insertClipsSource } from '@/test/support/seed-clips';
import { type StaticServer, startStaticServer } from '@/test/support/static-server';
import { CLIPPED, type ClippedPage, INTRO, SEEDED, SIGN_OFF, seededRows } from './screenshot-issue';

type Scheme = 'light' | 'dark';

const args = process.argv.slice(2);
const outArg = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;
const outDir = path.resolve(outArg ?? path.join(projectRoot, 'docs/screenshots'));
const schemesFor = (committedDark: boolean): Scheme[] => (args.includes('--all') || committedDark ? ['light', 'dark'] : ['light']);

const POPUP = { width: 420, height: 600 };
const ISSUE = { width: 1400, height: 900 };
const ARCHIVE = { width: 1100, height: 800 };
const OPTIONS = { width: 900, height: 900 };
/** Archived issues imported on the archive page, as an editor's first run would. */
const ARCHIVED = ['0130.md', '0132.md', '0134.md'].map((file) => path.join(projectRoot, 'test/fixtures/archive', file));
/** The last clip stored: every view of this week's issue shows its title, whatever the Queue looks like, so it is waited for. */
const LAST_SEEDED = SEEDED[SEEDED.length - 1]?.title ?? '';

async function clipThroughPopup(session: ChromiumSession, server: StaticServer, clip: ClippedPage): Promise<void> {
  const { page: article, tabId } = await openArticle(session, server.url(clip.path));
  const popup = await session.context.newPage();
  await popup.goto(popupUrl(session.extensionId, tabId));
  await waitForExtraction(popup);
  const form = popupForm(popup);
  await form.link.fill(clip.link);
  await form.section.selectOption({ label: clip.section });
  await form.commentary.fill(clip.commentary);
  await form.add.click();
  await form.added.waitFor();
  await popup.close();
  await article.close();
}

/** Takes focus off whatever has it, so a shot shows the page at rest, not a focus ring. */
async function blur(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** Above this, a lossless shot is made again lossy at quality 0.9, which keeps text legible at two thirds of the size. */
const LOSSLESS_UP_TO = 100 * 1024;

/**
 * Encodes PNG bytes as WebP in a blank tab: lossless (`toBlob` at quality 1 is Chromium's
 * lossless mode) unless that comes out bigger than `LOSSLESS_UP_TO`.
 */
type Encoder = (png: Buffer) => Promise<Buffer>;
async function webpEncoder(session: ChromiumSession): Promise<Encoder> {
  const blank = await session.context.newPage();
  const encode = async (png: Buffer, quality: number) => {
    const encoded = await blank.evaluate(
      async ({ data, quality }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        canvas.getContext('2d')?.drawImage(image, 0, 0);
        const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/webp', quality));
        if (!blob) throw new Error('WebP encoding failed');
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let binary = '';
        for (const byte of bytes) binary += String.fromCharCode(byte);
        return btoa(binary);
      },
      { data: png.toString('base64'), quality },
    );
    return Buffer.from(encoded, 'base64');
  };
  return async (png) => {
    const lossless = await encode(png, 1);
    return lossless.length <= LOSSLESS_UP_TO ? lossless : encode(png, 0.9);
  };
}

/**
 * Saves one shot of the page, cropped to its content: the window's width, and the document's
 * height up to `maxHeight` (the whole window when not given).
 */
async function shoot(encode: Encoder, page: Page, name: string, scheme: Scheme, maxHeight?: number): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await page.mouse.move(0, 0);
  // Hide the caret, and let any transition settle, so reruns give the same picture.
  await page.addStyleTag({ content: '*{caret-color:transparent!important}' }).catch(() => {});
  await page.waitForTimeout(150);
  const size = page.viewportSize();
  if (!size) throw new Error('no viewport');
  const content = await page.evaluate(() => document.documentElement.scrollHeight);
  const height = Math.min(content, maxHeight ?? size.height);
  const png = await page.screenshot({ clip: { x: 0, y: 0, width: size.width, height }, fullPage: height > size.height, animations: 'disabled' });
  const webp = await encode(png);
  const file = path.join(outDir, `${name}-${scheme}.webp`);
  await writeFile(file, webp);
  console.log(`${path.relative(projectRoot, file)} ${Math.round(webp.length / 1024)} KB`);
}

/** A new tab on one of the extension's pages, at a given window size. */
async function extensionPage(session: ChromiumSession, file: string, size: { width: number; height: number }): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize(size);
  await page.goto(`chrome-extension://${session.extensionId}/${file}`);
  return page;
}

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const server = await startStaticServer();
  const profileDir = await createProfileDir();
  const session = await launchChromium(profileDir);
  try {
    for (const clip of CLIPPED) await clipThroughPopup(session, server, clip);
    const encode = await webpEncoder(session);
    const worker = await backgroundWorker(session.context);
    await worker.evaluate(`(${insertClipsSource})(${JSON.stringify(seededRows(Date.now()))})`);

    const archive = await extensionPage(session, 'archive.html', ARCHIVE);
    await archive.getByLabel('Import issues', { exact: true }).setInputFiles(ARCHIVED);
    await archive
      .getByRole('status')
      .filter({ hasText: `Imported ${ARCHIVED.length} issues` })
      .waitFor({ timeout: 20_000 });
    await archive.getByRole('searchbox', { name: 'Search the archive' }).fill('process');
    await archive.getByRole('list', { name: 'Search results' }).getByRole('listitem').first().waitFor();
    await blur(archive);
    for (const scheme of schemesFor(false)) await shoot(encode, archive, 'archive', scheme);
    await archive.close();

    // The Clip tab on a page not yet clipped, with commentary half written.
    const { tabId } = await openArticle(session, server.url('/code-review-notes.html'));
    const popup = await session.context.newPage();
    await popup.setViewportSize(POPUP);
    await popup.goto(popupUrl(session.extensionId, tabId));
    await waitForExtraction(popup);
    const form = popupForm(popup);
    await form.link.fill('https://labnotes.example.org/code-review-without-tears');
    await form.section.selectOption({ label: 'Research Software Development' });
    await form.commentary.fill('Small, kind, fast reviews: the habits that make it work in a lab of four.');
    await blur(popup);
    for (const scheme of schemesFor(true)) await shoot(encode, popup, 'popup-clip', scheme, 760);

    await popup.getByRole('tab', { name: 'Queue', exact: true }).click();
    await popup.getByRole('tabpanel', { name: 'Queue' }).getByText(LAST_SEEDED).first().waitFor();
    await blur(popup);
    for (const scheme of schemesFor(true)) await shoot(encode, popup, 'popup-queue', scheme);
    await popup.close();

    const options = await extensionPage(session, 'options.html', OPTIONS);
    await options.getByRole('heading', { level: 1 }).waitFor();
    // The editor's name under the closing, as set up once; the issue page then has nothing to warn about.
    await options.getByRole('textbox', { name: 'Sign-off', exact: true }).fill(SIGN_OFF);
    await blur(options);
    for (const scheme of schemesFor(false)) await shoot(encode, options, 'options', scheme, 1100);
    await options.close();

    const issue = await extensionPage(session, 'issue.html', ISSUE);
    await issue.getByRole('textbox', { name: 'Intro', exact: true }).fill(INTRO);
    await issue.getByRole('region', { name: 'Rendered preview', exact: true }).getByRole('link', { name: LAST_SEEDED }).waitFor();
    await issue.getByRole('region', { name: 'Rendered preview', exact: true }).getByText('On to the roundup!').waitFor();
    await issue.getByRole('region', { name: 'Rendered preview', exact: true }).getByText(SIGN_OFF).waitFor();
    await blur(issue);
    for (const scheme of schemesFor(false)) await shoot(encode, issue, 'issue', scheme);
    await issue.close();
  } finally {
    await session.close();
    await server.close();
    await removeProfile(profileDir);
  }
}

await main();
