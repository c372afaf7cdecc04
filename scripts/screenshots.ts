// `npm run screenshots [-- --all] [-- --out DIR]`: the popup (Clip and Queue tabs), the issue
// page and the options page of the e2e build, with a few realistic clips, as small PNGs in
// docs/screenshots/ for the README. Light by default and the popup Queue also dark; `--all`
// adds a dark shot of every view (for checking the theme, not for committing).
// Builds nothing: run `npm run build:e2e` first (it may read pages on 127.0.0.1).

import { mkdir } from 'node:fs/promises';
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

type Scheme = 'light' | 'dark';

const args = process.argv.slice(2);
const outArg = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;
const outDir = path.resolve(outArg ?? path.join(projectRoot, 'docs/screenshots'));
const schemesFor = (committedDark: boolean): Scheme[] => (args.includes('--all') || committedDark ? ['light', 'dark'] : ['light']);

const POPUP = { width: 420, height: 600 };
const ISSUE = { width: 1200, height: 800 };
const OPTIONS = { width: 800, height: 760 };

/**
 * Pages clipped through the popup, as an editor would. `link` replaces the 127.0.0.1 address,
 * whose port changes from run to run, so that a rerun only changes what really changed.
 */
const CLIPPED = [
  {
    path: '/research-software-teams.html',
    link: 'https://review.example.org/2025/research-software-teams',
    section: 'Managing Teams',
    commentary: 'What changes between a team of one and a team of ten, and what a manager can do at each step.',
  },
  {
    path: '/one-to-ones-that-help.html',
    link: 'https://teamcraft.example.net/one-to-ones-that-help',
    section: 'Managing Teams',
    commentary: 'The meeting belongs to the other person. A short field guide for new leads.',
  },
  {
    path: '/testing-legacy-scientific-code.html',
    link: 'https://numerical-workshop.example.com/testing-legacy-code',
    section: 'Research Software Development',
    commentary: 'Characterisation tests first, GPU port last: a careful plan for code nobody dares to touch.',
  },
];

/** Items written straight to IndexedDB: kinds the test pages do not offer (a brief, a note, a job). */
const SEEDED = [
  {
    section: 'Technical Leadership',
    kind: 'link',
    links: [
      {
        title: 'Writing Design Documents Your Team Will Read',
        url: 'https://example.org/design-docs',
        authors: ['Priya Natarajan'],
        source: 'Engineering Notes',
        attribution: 'Priya Natarajan, Engineering Notes',
      },
    ],
    commentary: 'Two pages, one decision, a list of what was rejected and why.',
  },
  {
    section: 'Research Computing Systems',
    kind: 'brief',
    links: [],
    commentary: 'The national cluster moves to a new scheduler in June; allocations carry over.',
  },
  {
    section: 'Jobs Leading Research Computing Teams',
    kind: 'link',
    links: [
      {
        title: 'Head of Research Software Engineering',
        url: 'https://example.org/jobs/head-rse',
        authors: [],
        source: 'Example University',
        attribution: 'Example University',
      },
    ],
    commentary: 'Leads a group of twelve; hybrid, closes 30 May.',
  },
];

async function clipThroughPopup(session: ChromiumSession, server: StaticServer, clip: (typeof CLIPPED)[number]): Promise<void> {
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

async function shoot(page: Page, name: string, scheme: Scheme, fullPage: boolean): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await page.mouse.move(0, 0);
  // Let the caret and any transition settle; hide the caret so shots are stable.
  await page.addStyleTag({ content: '*{caret-color:transparent!important}' }).catch(() => {});
  await page.waitForTimeout(150);
  const file = path.join(outDir, `${name}-${scheme}.png`);
  await page.screenshot({ path: file, fullPage, animations: 'disabled' });
  console.log(path.relative(projectRoot, file));
}

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const server = await startStaticServer();
  const profileDir = await createProfileDir();
  const session = await launchChromium(profileDir);
  try {
    for (const clip of CLIPPED) await clipThroughPopup(session, server, clip);
    const worker = await backgroundWorker(session.context);
    const now = Date.now();
    // After the clips made through the popup, as rows the database would have stored.
    const rows = SEEDED.map((clip, i) => ({
      ...clip,
      position: 1000 + i,
      label: '',
      inSubtitle: false,
      deletedAt: null,
      urlKeys: [],
      createdAt: now + i,
      updatedAt: now + i,
    }));
    await worker.evaluate(`(${insertClipsSource})(${JSON.stringify(rows)})`);

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
    for (const scheme of schemesFor(false)) await shoot(popup, 'popup-clip', scheme, true);

    await popup.getByRole('tab', { name: 'Queue' }).click();
    await popup.locator('li.queue-item').first().waitFor();
    await blur(popup);
    for (const scheme of schemesFor(true)) await shoot(popup, 'popup-queue', scheme, false);
    await popup.close();

    const issue = await session.context.newPage();
    await issue.setViewportSize(ISSUE);
    await issue.goto(`chrome-extension://${session.extensionId}/issue.html`);
    await issue.locator('li.queue-item').first().waitFor();
    await issue.getByRole('textbox', { name: /^Intro/ }).fill('Hi, everyone! This week: growing a team, one-to-ones, and old code.');
    await blur(issue);
    for (const scheme of schemesFor(false)) await shoot(issue, 'issue', scheme, false);
    await issue.close();

    const options = await session.context.newPage();
    await options.setViewportSize(OPTIONS);
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByRole('heading', { level: 1 }).waitFor();
    for (const scheme of schemesFor(false)) await shoot(options, 'options', scheme, false);
    await options.close();
  } finally {
    await session.close();
    await server.close();
    await removeProfile(profileDir);
  }
}

await main();
