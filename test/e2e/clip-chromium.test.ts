import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DRAFT_SAVE_DELAY_MS } from '@/lib/saving/save-scheduler';
import { backgroundWorker, type ChromiumSession, openArticle, openBrowserPageTab, openPopup, readStore, waitForExtraction } from '@/test/support/chromium';
import { chromiumTestBed } from '@/test/support/chromium-test-bed';
import { popupForm, selectedLabel, tabStops } from '@/test/support/popup-form';

// The popup saves a draft within DRAFT_SAVE_DELAY_MS of the first unsaved keystroke; wait a little longer.
const DRAFT_SAVED_MS = DRAFT_SAVE_DELAY_MS + 150;

interface StoredClip {
  section: string;
  kind: string;
  links: { title: string; url: string; authors: string[]; source: string; attribution: string }[];
  commentary: string;
}

const bed = chromiumTestBed();
const launch = (profileDir?: string) => bed.launch(profileDir);

async function popupFor(session: ChromiumSession, url: string): Promise<Page> {
  const { tabId } = await openArticle(session, url);
  const popup = await openPopup(session, tabId);
  await waitForExtraction(popup);
  return popup;
}

function clipCountText(popup: Page, count: number): ReturnType<Page['getByText']> {
  return popup.getByText(new RegExp(`\\b${count} clips?\\b`)).first();
}

describe('clipping in Chromium', () => {
  it('fills the form from the article, keeps the draft when the popup closes, and keeps the clip across a restart', async () => {
    const articleUrl = bed.server.url('/research-software-teams.html');
    const first = await launch();

    let popup = await popupFor(first, articleUrl);
    let form = popupForm(popup);
    expect(await form.title.inputValue()).toBe('How Research Software Teams Grow');
    expect(await form.link.inputValue()).toBe(articleUrl);
    expect(await form.authors.inputValue()).toBe('Dana Smith');
    expect(await form.source.inputValue()).toBe('The Example Review');
    expect(await form.attribution.inputValue()).not.toBe('');
    await expect.poll(() => clipCountText(popup, 0).isVisible()).toBe(true);

    await form.section.selectOption({ label: 'Technical Leadership' });
    await form.commentary.fill('Worth reading for anyone about to hire their second RSE.');
    await popup.waitForTimeout(DRAFT_SAVED_MS);
    await popup.close();

    popup = await openPopup(first, (await openArticle(first, articleUrl)).tabId);
    await waitForExtraction(popup);
    form = popupForm(popup);
    expect(await form.commentary.inputValue()).toBe('Worth reading for anyone about to hire their second RSE.');
    expect(await selectedLabel(form.section)).toBe('Technical Leadership');
    expect(await form.title.inputValue()).toBe('How Research Software Teams Grow');

    await form.add.click();
    await form.added.waitFor();
    const confirmation = await form.added.innerText();
    expect(confirmation).toContain('Added to Technical Leadership.');
    expect(confirmation).toContain('Issue #1 now holds 1 clip.');
    await form.undo.waitFor();
    expect(await form.alert.count()).toBe(0);

    const profileDir = first.profileDir;
    await first.close();

    const second = await launch(profileDir);
    const clips = await readStore<StoredClip>(second.context, 'clips');
    expect(clips).toHaveLength(1);
    expect(clips[0]).toMatchObject({
      section: 'Technical Leadership',
      kind: 'link',
      commentary: 'Worth reading for anyone about to hire their second RSE.',
      links: [
        {
          title: 'How Research Software Teams Grow',
          url: articleUrl,
          authors: ['Dana Smith'],
          source: 'The Example Review',
        },
      ],
    });
    const reopened = await popupFor(second, articleUrl);
    await expect.poll(() => clipCountText(reopened, 1).isVisible()).toBe(true);
  });

  it('flushes the draft on pagehide when the popup closes straight after typing', async () => {
    const articleUrl = bed.server.url('/code-review-notes.html');
    const session = await launch();

    const popup = await popupFor(session, articleUrl);
    const form = popupForm(popup);
    expect(await form.authors.inputValue()).toBe('Priya Raman, Tom Okafor');
    await form.commentary.fill('Small changes, same-day reviews.');
    await popup.close();

    const reopened = await popupFor(session, articleUrl);
    expect(await popupForm(reopened).commentary.inputValue()).toBe('Small changes, same-day reviews.');
  });

  it('opens the form on a browser page with a notice, and the clip can be added by hand', async () => {
    const session = await launch();
    const tabId = await openBrowserPageTab(session.context, 'chrome://version');

    const popup = await openPopup(session, tabId);
    await waitForExtraction(popup);
    await popup.getByText(/^Could not read this page/).waitFor();

    const form = popupForm(popup);
    await form.title.fill('Chromium version page');
    await form.link.fill('https://www.chromium.org/');
    await form.section.selectOption({ label: 'Random' });
    await form.commentary.fill('Added by hand.');
    await form.add.click();
    await form.added.waitFor();
    expect(await form.added.innerText()).toContain('Issue #1 now holds 1 clip.');

    const clips = await readStore<StoredClip>(session.context, 'clips');
    expect(clips).toMatchObject([
      { section: 'Random', commentary: 'Added by hand.', links: [{ title: 'Chromium version page', url: 'https://www.chromium.org/' }] },
    ]);
  });

  it('registers the toolbar shortcut', async () => {
    const session = await launch();
    const worker = await backgroundWorker(session.context);
    const commands = await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } };
      return chrome.commands.getAll();
    });
    const action = commands.find((command) => command.name === '_execute_action');
    expect(action, JSON.stringify(commands)).toBeDefined();
    expect(action?.shortcut, `no shortcut granted: ${JSON.stringify(commands)}`).toBeTruthy();
  });

  it('reaches every control with Tab and adds with Ctrl+Enter', async () => {
    const session = await launch();
    const popup = await popupFor(session, bed.server.url('/research-software-teams.html'));
    const form = popupForm(popup);
    const stops = tabStops(form);

    const reached = new Set<string>();
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 30 && reached.size < Object.keys(stops).length; i++) {
      await popup.keyboard.press('Tab');
      for (const [name, control] of Object.entries(stops)) {
        if (await control.evaluate((el) => el === document.activeElement)) reached.add(name);
      }
    }
    expect([...reached].sort()).toEqual(Object.keys(stops).sort());

    await form.commentary.focus();
    await popup.keyboard.type('Kept with the keyboard alone.');
    await popup.keyboard.press('Control+Enter');
    await form.added.waitFor();
    expect(await form.added.innerText()).toContain('Issue #1 now holds 1 clip.');
  });
});
