import { draftKeyOf, formFromPage } from '../clip-form/clip-form';
import type { InboxResult, RoundupStore } from '../db';
import type { PageReading, TabInfo } from '../page/page-reading';
import { INBOX_SECTION } from '../queue/inbox';
import { MENU_ENTRIES, type MenuEntryId, QUOTE_COMMAND } from './menu-entries';
import { guardMenuAction } from './menu-failure';

/** The fields of the browser's menu click data this handler reads. */
export interface MenuClick {
  menuItemId: string | number;
  linkUrl?: string;
  /** Firefox reports the link's text; Chromium does not, so it is read from the page. */
  linkText?: string;
  selectionText?: string;
  frameId?: number;
}

/** The tab the menu or shortcut was used in, as the browser describes it. */
export interface MenuTab {
  id?: number;
  url?: string;
  title?: string;
}

/** What a click needs from the browser and the archive; `browserMenuEnv` wires the real ones. */
export interface MenuEnv {
  store: Pick<RoundupStore, 'currentIssue' | 'addToInbox' | 'quoteIntoDraft' | 'countClips'>;
  /** Reads the page as the popup does (the same extraction script), so the draft key is the popup's. */
  readPage: (tab: TabInfo) => Promise<PageReading>;
  readSelection: (tabId: number, frameId?: number) => Promise<string>;
  readLinkText: (tabId: number, url: string, frameId?: number) => Promise<string>;
  setBadge: (count: number) => Promise<void>;
  /** Shows `message` in the tab's page for a moment (`showNoticeInPage`); a page closed to extensions shows nothing. */
  tell?: (tabId: number, message: string) => Promise<void>;
  now?: () => number;
}

/** What a click did: for the background's log and the e2e tests. */
export type MenuOutcome =
  | { entry: 'clip-link'; result: InboxResult }
  | { entry: 'quote-selection'; draftKey: string; commentary: string }
  | { entry: 'none'; why: string };

/** "Clip link to this issue": the link into the Inbox (once), and the badge counts it. */
export async function clipLinkToInbox(env: MenuEnv, click: MenuClick, tab: MenuTab | undefined): Promise<MenuOutcome> {
  const url = click.linkUrl;
  if (!url) return { entry: 'none', why: 'the click was not on a link' };
  const text = click.linkText ?? (tab?.id === undefined ? '' : await env.readLinkText(tab.id, url, click.frameId).catch(() => ''));
  const issue = await env.store.currentIssue();
  const result = await env.store.addToInbox(issue.id, { url, text }, env.now?.());
  if (result.added) await env.setBadge(await env.store.countClips(issue.id));
  const where = result.section === INBOX_SECTION ? 'its Inbox' : result.section;
  await tellTab(env, tab, result.added ? `added to the Inbox of issue #${issue.number}.` : `already in issue #${issue.number} (${where}): not added again.`);
  return { entry: 'clip-link', result };
}

/** Tells the page what happened; a notice that cannot be shown is no reason to fail the action. */
async function tellTab(env: MenuEnv, tab: MenuTab | undefined, message: string): Promise<void> {
  if (tab?.id === undefined || !env.tell) return;
  await env.tell(tab.id, message).catch(() => {});
}

/**
 * "Quote in commentary" and its shortcut: the selection, as a blockquote, into
 * the clip draft of the page (keyed by its canonical URL, as the popup keys it).
 */
export async function quoteInCommentary(env: MenuEnv, tab: MenuTab | undefined, click: Partial<MenuClick> = {}): Promise<MenuOutcome> {
  if (tab?.id === undefined) return { entry: 'none', why: 'there is no tab to quote from' };
  const read = await env.readSelection(tab.id, click.frameId).catch(() => '');
  const selection = read.trim() ? read : (click.selectionText ?? '');
  if (!selection.trim()) {
    await tellTab(env, tab, 'select some text to quote it.');
    return { entry: 'none', why: 'nothing is selected' };
  }
  const reading = await env.readPage({ id: tab.id, url: tab.url, title: tab.title });
  const draftKey = draftKeyOf(reading.metadata);
  const draft = await env.store.quoteIntoDraft(draftKey, selection, formFromPage(reading.metadata, ''), env.now?.());
  await tellTab(env, tab, 'quoted in the commentary of this page’s clip; open Roundup Clipper to add it.');
  return { entry: 'quote-selection', draftKey, commentary: draft.form.commentary };
}

const HANDLERS: Record<MenuEntryId, (env: MenuEnv, click: MenuClick, tab: MenuTab | undefined) => Promise<MenuOutcome>> = {
  'clip-link': clipLinkToInbox,
  'quote-selection': (env, click, tab) => quoteInCommentary(env, tab, click),
};

/** The one handler of `contextMenus.onClicked` (and of the e2e build's hook). */
export function handleMenuClick(env: MenuEnv, click: MenuClick, tab: MenuTab | undefined): Promise<MenuOutcome> {
  const handler = HANDLERS[String(click.menuItemId) as MenuEntryId];
  return handler ? handler(env, click, tab) : Promise.resolve({ entry: 'none', why: `no entry ${click.menuItemId}` });
}

/** The handler of `commands.onCommand`: only the quote shortcut is the background's (the other opens the popup). */
export function handleCommand(env: MenuEnv, command: string, tab: MenuTab | undefined): Promise<MenuOutcome> {
  return command === QUOTE_COMMAND ? quoteInCommentary(env, tab) : Promise.resolve({ entry: 'none', why: `not a background command: ${command}` });
}

/**
 * The background's `onClicked` and `onCommand` handlers: each action guarded, so one that
 * fails is reported (`report`, in the menu entry's words) rather than only logged.
 */
export function guardedMenuHandlers(env: MenuEnv, report: (action: string, error: unknown) => Promise<void>) {
  const titleOf = (id: string | number) => MENU_ENTRIES.find((entry) => entry.id === id)?.title ?? String(id);
  // A failure is also told in the page, where the editor is looking.
  const reportIn = (tab: MenuTab | undefined) => async (action: string, error: unknown) => {
    await report(action, error);
    await tellTab(env, tab, `“${action}” did not work: open Roundup Clipper to see why.`);
  };
  return {
    click: (click: MenuClick, tab?: MenuTab) => guardMenuAction(reportIn(tab), titleOf(click.menuItemId), () => handleMenuClick(env, click, tab)),
    command: (command: string, tab?: MenuTab) => guardMenuAction(reportIn(tab), titleOf(command), () => handleCommand(env, command, tab)),
  };
}
