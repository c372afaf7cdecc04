import { describe, expect, it, vi } from 'vitest';
import { guardedMenuHandlers, handleCommand, handleMenuClick, type MenuEnv } from '@/lib/context-menu/menu-clicks';
import { MENU_ENTRIES, QUOTE_COMMAND } from '@/lib/context-menu/menu-entries';
import { metadataFromTab } from '@/lib/page/page-reading';
import { INBOX_SECTION } from '@/lib/queue/inbox';
import { testDatabase } from '@/test/support/test-database';

const tab = { id: 7, url: 'https://example.org/article?utm_source=x', title: 'An article' };

function env(page: { selection?: string; linkText?: string } = {}) {
  const { store } = testDatabase();
  const badges: number[] = [];
  const told: string[] = [];
  const menuEnv: MenuEnv = {
    store,
    readPage: async (t) => ({ metadata: { ...metadataFromTab(t), canonicalUrl: 'https://example.org/article' }, notice: null }),
    readSelection: async () => page.selection ?? '',
    readLinkText: async () => page.linkText ?? '',
    setBadge: async (count) => {
      badges.push(count);
    },
    tell: async (tabId, message) => {
      told.push(`${tabId}: ${message}`);
    },
  };
  return { env: menuEnv, store, badges, told };
}

describe('the context-menu entries', () => {
  it('are the two the issue names, on links and on selections', () => {
    expect(MENU_ENTRIES.map((e) => [e.title, e.contexts])).toEqual([
      ['Clip link to this issue', ['link']],
      ['Quote in commentary', ['selection']],
    ]);
  });
});

describe('"Clip link to this issue"', () => {
  it('adds the link with the text read from the page to the Inbox, once, and updates the badge', async () => {
    const { env: e, store, badges, told } = env({ linkText: 'A linked post' });
    const click = { menuItemId: 'clip-link', linkUrl: 'https://example.org/linked' };
    const first = await handleMenuClick(e, click, tab);
    expect(first).toMatchObject({ entry: 'clip-link', result: { added: true, section: INBOX_SECTION } });
    expect(await handleMenuClick(e, click, tab)).toMatchObject({ entry: 'clip-link', result: { added: false } });
    const issue = await store.currentIssue();
    const clips = await store.clipsForIssue(issue.id, issue.sectionOrder);
    expect(clips.map((c) => c.links[0]?.title)).toEqual(['A linked post']);
    expect(badges).toEqual([1]);
    // The page says what happened.
    expect(told).toEqual(['7: added to the Inbox of issue #1.', '7: already in issue #1 (its Inbox): not added again.']);
  });

  it('takes Firefox’s link text from the click without reading the page', async () => {
    const { env: e, store } = env({ linkText: 'from the page' });
    await handleMenuClick(e, { menuItemId: 'clip-link', linkUrl: 'https://example.org/x', linkText: 'From the menu' }, tab);
    const issue = await store.currentIssue();
    expect((await store.clipsForIssue(issue.id, []))[0]?.links[0]?.title).toBe('From the menu');
  });
});

describe('"Quote in commentary" and its shortcut', () => {
  it('quotes the page’s selection (with its line breaks) into the draft under the canonical URL', async () => {
    const { env: e, store } = env({ selection: 'One line\nand the next' });
    const outcome = await handleMenuClick(e, { menuItemId: 'quote-selection', selectionText: 'One line and the next' }, tab);
    expect(outcome).toEqual({ entry: 'quote-selection', draftKey: 'https://example.org/article', commentary: '> One line\n> and the next' });
    await handleCommand(e, QUOTE_COMMAND, tab);
    const draft = await store.loadDraft('https://example.org/article');
    expect(draft?.form.commentary).toBe('> One line\n> and the next\n\n> One line\n> and the next');
    expect(draft?.form.title).toBe('An article');
  });

  it('falls back to the menu’s selection text, and does nothing without a selection but say so in the page', async () => {
    const { env: e, told } = env();
    expect(await handleMenuClick(e, { menuItemId: 'quote-selection', selectionText: 'Folded' }, tab)).toMatchObject({ commentary: '> Folded' });
    expect(await handleCommand(e, QUOTE_COMMAND, tab)).toEqual({ entry: 'none', why: 'nothing is selected' });
    expect(await handleCommand(e, '_execute_action', tab)).toMatchObject({ entry: 'none' });
    expect(told).toEqual(['7: quoted in the commentary of this page’s clip; open Roundup Clipper to add it.', '7: select some text to quote it.']);
  });

  it('a notice the page cannot show does not fail the action', async () => {
    const { env: e } = env({ selection: 'Kept' });
    const refusing = { ...e, tell: () => Promise.reject(new Error('Cannot access contents of the page')) };
    expect(await handleCommand(refusing, QUOTE_COMMAND, tab)).toMatchObject({ entry: 'quote-selection', commentary: '> Kept' });
  });
});

describe('guardedMenuHandlers', () => {
  it('a failed action is reported, and told in the page', async () => {
    const { env: e, told } = env();
    const failing = { ...e, store: { ...e.store, currentIssue: () => Promise.reject(new Error('closed')) } };
    const reports: string[] = [];
    const { click } = guardedMenuHandlers(failing, async (action) => void reports.push(action));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await click({ menuItemId: 'clip-link', linkUrl: 'https://example.org/x', linkText: 'X' }, tab)).toBeUndefined();
    expect(reports).toEqual(['Clip link to this issue']);
    expect(told).toEqual(['7: “Clip link to this issue” did not work: open Roundup Clipper to see why.']);
    vi.restoreAllMocks();
  });
});
