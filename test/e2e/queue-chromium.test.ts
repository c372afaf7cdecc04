import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { backgroundWorker, openArticle, openPopup, popupUrl, readStore, waitForExtraction } from '@/test/support/chromium';
import { chromiumTestBed } from '@/test/support/chromium-test-bed';
import { must } from '@/test/support/must';
import { popupForm } from '@/test/support/popup-form';
import { chooseQueueAction } from '@/test/support/queue-actions';

interface StoredClip {
  id: number;
  issueId: number;
  section: string;
  position: number;
  kind: string;
  links: { title: string; url: string; attribution: string }[];
  commentary: string;
  deletedAt?: number | null;
}

type Key = 'teams' | 'oneToOnes' | 'legacy';

const MANAGING = 'Managing Teams';
const DEVELOPMENT = 'Research Software Development';

/** The three pages clipped, in the order they are clipped. */
const PAGES: { key: Key; path: string; title: string; section: string; commentary: string }[] = [
  {
    key: 'teams',
    path: '/research-software-teams.html',
    title: 'How Research Software Teams Grow',
    section: MANAGING,
    commentary: 'What changes between a team of one and a team of ten.',
  },
  {
    key: 'oneToOnes',
    path: '/one-to-ones-that-help.html',
    title: 'One-to-Ones That Actually Help',
    section: MANAGING,
    commentary: 'The meeting belongs to the other person.',
  },
  {
    key: 'legacy',
    path: '/testing-legacy-scientific-code.html',
    title: 'Testing Legacy Scientific Code Before You Touch It',
    section: DEVELOPMENT,
    commentary: 'Characterisation tests first, GPU port last.',
  },
];
const page = (key: Key) =>
  must(
    PAGES.find((p) => p.key === key),
    `the test page "${key}"`,
  );

/** Item names per section, as the Queue shows them (and as the store should order them). */
type QueueShape = Record<typeof MANAGING | typeof DEVELOPMENT, string[]>;

const bed = chromiumTestBed();
const launch = (profileDir?: string) => bed.launch(profileDir);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A section of the Queue: a region named by its heading, "Managing Teams (2)". */
function sectionRegion(popup: Page, name: string): Locator {
  return popup.getByRole('region', { name: new RegExp(`^${escapeRegExp(name)} \\(\\d+\\)$`) });
}

/** A queued clip, found by its accessible name ("<title>, <attribution>"). */
function queueItem(popup: Page, title: string): Locator {
  return popup.getByRole('listitem', { name: new RegExp(`^${escapeRegExp(title)}(,|$)`) });
}

/** What the Queue shows now: the names of the items of both sections, top to bottom. */
async function shownQueue(popup: Page): Promise<QueueShape & { headings: string[] }> {
  const namesIn = async (section: string) => {
    const region = sectionRegion(popup, section);
    if ((await region.count()) !== 1) return [`<no single region for ${section}>`];
    // Empty sections keep their heading but have no list.
    return region.getByRole('listitem').evaluateAll((items) => items.map((li) => li.getAttribute('aria-label') ?? ''));
  };
  const headings = await popup.getByRole('heading', { level: 2 }).allInnerTexts();
  return {
    [MANAGING]: await namesIn(MANAGING),
    [DEVELOPMENT]: await namesIn(DEVELOPMENT),
    headings: headings.map((h) => h.replace(/\s+/g, ' ').trim()).filter((h) => h.startsWith(MANAGING) || h.startsWith(DEVELOPMENT)),
  };
}

/** Waits (the live query re-renders asynchronously) until the Queue shows `expected`. */
async function expectQueue(popup: Page, expected: QueueShape): Promise<void> {
  await expect
    .poll(() => shownQueue(popup), { timeout: 5_000 })
    .toEqual({
      ...expected,
      headings: [`${MANAGING} (${expected[MANAGING].length})`, `${DEVELOPMENT} (${expected[DEVELOPMENT].length})`],
    });
}

/** The same arrangement read from IndexedDB: live rows by section, ordered by position. */
async function storedQueue(context: BrowserContext): Promise<QueueShape & { positions: number[][] }> {
  const rows = (await readStore<StoredClip>(context, 'clips')).filter((row) => !row.deletedAt);
  const inSection = (section: string) => rows.filter((row) => row.section === section).sort((a, b) => a.position - b.position);
  const name = ({ links: [first] }: StoredClip) => (first ? `${first.title}, ${first.attribution}` : '(no link)');
  return {
    [MANAGING]: inSection(MANAGING).map(name),
    [DEVELOPMENT]: inSection(DEVELOPMENT).map(name),
    positions: [inSection(MANAGING).map((r) => r.position), inSection(DEVELOPMENT).map((r) => r.position)],
  };
}

async function badgeText(context: BrowserContext): Promise<string> {
  const worker = await backgroundWorker(context);
  return worker.evaluate(() => {
    const { chrome } = globalThis as unknown as { chrome: { action: { getBadgeText(details: object): Promise<string> } } };
    return chrome.action.getBadgeText({});
  });
}

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

describe('arranging the queue in Chromium', () => {
  it('reorders, moves, drags, merges, deletes with undo, and finds the same queue after reopening', async () => {
    const session = await launch();

    // Clip three pages: two into Managing Teams, one into Research Software Development.
    const names = {} as Record<Key, string>;
    let popup: Page | undefined;
    let articleTab = 0;
    for (const [i, clip] of PAGES.entries()) {
      await popup?.close();
      const { tabId } = await openArticle(session, bed.server.url(clip.path));
      articleTab = tabId;
      popup = await openPopup(session, tabId);
      await waitForExtraction(popup);
      const form = popupForm(popup);
      expect(await form.title.inputValue()).toBe(clip.title);
      await form.section.selectOption({ label: clip.section });
      await form.commentary.fill(clip.commentary);
      const attribution = await form.attribution.inputValue();
      expect(attribution).not.toBe('');
      names[clip.key] = `${clip.title}, ${attribution}`;
      await form.add.click();
      await form.added.waitFor();
      const confirmation = await form.added.innerText();
      expect(confirmation).toContain(`Added to ${clip.section}.`);
      expect(confirmation).toContain(`Issue #1 now holds ${i + 1} clip${i === 0 ? '' : 's'}.`);
    }
    if (!popup) throw new Error('no popup');
    await expect.poll(() => badgeText(session.context)).toBe('3');

    await popup.getByRole('tab', { name: 'Queue', exact: true }).click();
    await popup.getByText('3 clips in issue #1').waitFor();
    await expectQueue(popup, { [MANAGING]: [names.teams, names.oneToOnes], [DEVELOPMENT]: [names.legacy] });

    // Alt+ArrowUp on the focused item moves it up, and focus stays on it.
    const oneToOnes = queueItem(popup, page('oneToOnes').title);
    await oneToOnes.focus();
    await popup.keyboard.press('Alt+ArrowUp');
    await expectQueue(popup, { [MANAGING]: [names.oneToOnes, names.teams], [DEVELOPMENT]: [names.legacy] });
    await expect.poll(() => isFocused(oneToOnes)).toBe(true);

    // "Move to section" puts it at the end of the other section.
    await chooseQueueAction(oneToOnes, 'Move to section…', DEVELOPMENT);
    await expectQueue(popup, { [MANAGING]: [names.teams], [DEVELOPMENT]: [names.legacy, names.oneToOnes] });

    // The menu's Move up reorders within the section.
    await chooseQueueAction(oneToOnes, 'Move up');
    await expectQueue(popup, { [MANAGING]: [names.teams], [DEVELOPMENT]: [names.oneToOnes, names.legacy] });

    // Drag and drop (HTML5 DnD through Playwright's dragTo): dropping a clip on another
    // puts it in that one's place, here across sections.
    const teams = queueItem(popup, page('teams').title);
    const legacy = queueItem(popup, page('legacy').title);
    await teams.dragTo(legacy);
    await expectQueue(popup, { [MANAGING]: [], [DEVELOPMENT]: [names.oneToOnes, names.teams, names.legacy] });

    // Edit → Merge into → Merge folds this clip into the chosen one.
    await chooseQueueAction(legacy, 'Edit');
    const editor = popup.getByRole('group', { name: `Edit ${page('legacy').title}`, exact: true });
    await editor.getByRole('combobox', { name: 'Merge into', exact: true }).selectOption({ label: page('oneToOnes').title });
    await editor.getByRole('button', { name: 'Merge', exact: true }).click();
    await expectQueue(popup, { [MANAGING]: [], [DEVELOPMENT]: [names.oneToOnes, names.teams] });
    await popup.getByText('2 clips in issue #1').waitFor();
    await expect.poll(() => oneToOnes.getByText('+1 more').isVisible()).toBe(true);
    await expect.poll(() => badgeText(session.context)).toBe('2');

    // Delete, then Undo.
    await chooseQueueAction(teams, 'Delete');
    await popup
      .getByRole('status')
      .filter({ hasText: `Deleted “${page('teams').title}”.` })
      .waitFor();
    await expectQueue(popup, { [MANAGING]: [], [DEVELOPMENT]: [names.oneToOnes] });
    await expect.poll(() => badgeText(session.context)).toBe('1');
    await popup.getByRole('button', { name: `Undo delete of ${page('teams').title}`, exact: true }).click();
    const arranged: QueueShape = { [MANAGING]: [], [DEVELOPMENT]: [names.oneToOnes, names.teams] };
    await expectQueue(popup, arranged);
    await popup.getByText('2 clips in issue #1').waitFor();

    // Close the popup and open it again straight on the Queue.
    await popup.close();
    const reopened = await session.context.newPage();
    await reopened.goto(`${popupUrl(session.extensionId, articleTab)}&view=queue`);
    expect(await reopened.getByRole('tab', { name: 'Queue', exact: true }).getAttribute('aria-selected')).toBe('true');
    await reopened.getByText('2 clips in issue #1').waitFor();
    await expectQueue(reopened, arranged);
    await expect.poll(() => badgeText(session.context)).toBe('2');

    // The store agrees: one live row per item, positions 1..n. The merged-in clip is kept
    // as deleted (so the merge can be undone) until its Undo window passes, then purged.
    const stored = await readStore<StoredClip>(session.context, 'clips');
    const rows = stored.filter((row) => !row.deletedAt);
    expect(rows).toHaveLength(2);
    // (On a slow machine the window may already have passed when the Queue reopened.)
    expect([[page('legacy').title], []]).toContainEqual(stored.filter((row) => row.deletedAt).map((row) => row.links[0]?.title));
    expect(await storedQueue(session.context)).toEqual({ ...arranged, positions: [[], [1, 2]] });
    const merged = rows.find((row) => row.links.length === 2);
    expect(merged).toMatchObject({
      section: DEVELOPMENT,
      links: [
        { title: page('oneToOnes').title, url: bed.server.url(page('oneToOnes').path) },
        { title: page('legacy').title, url: bed.server.url(page('legacy').path) },
      ],
      commentary: `${page('oneToOnes').commentary}\n\n${page('legacy').commentary}`,
    });

    // The merged item is named after its first link and holds both links, in order.
    const mergedItem = queueItem(reopened, page('oneToOnes').title);
    expect(await mergedItem.getAttribute('aria-label')).toBe(names.oneToOnes);
    await chooseQueueAction(mergedItem, 'Edit');
    const mergedEditor = reopened.getByRole('group', { name: `Edit ${page('oneToOnes').title}`, exact: true });
    const linkTitles = await Promise.all(
      [1, 2].map((n) =>
        mergedEditor
          .getByRole('group', { name: `Link ${n} of 2`, exact: true })
          .getByRole('textbox', { name: 'Title', exact: true })
          .inputValue(),
      ),
    );
    expect(linkTitles).toEqual([page('oneToOnes').title, page('legacy').title]);
  });
});
