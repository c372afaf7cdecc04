import type { WxtBrowser } from 'wxt/browser';
import { injectExtraction } from '../page/active-tab';
import { readPage } from '../page/page-reading';
import { showClipCount, type ToolbarButton } from '../toolbar/badge';
import type { MenuEnv } from './menu-clicks';
import { MENU_ENTRIES } from './menu-entries';
import { linkTextInPage, selectionInPage, showNoticeInPage } from './page-functions';

export type MenuBrowser = Pick<WxtBrowser, 'tabs' | 'scripting' | 'contextMenus'> & ToolbarButton;

/**
 * Registers the menu entries afresh (removing any left from an earlier start),
 * on install and on every browser start: Firefox keeps a persistent background's
 * entries only for the session.
 */
export async function registerMenuEntries(menus: Pick<WxtBrowser['contextMenus'], 'removeAll' | 'create'>): Promise<void> {
  await menus.removeAll();
  for (const entry of MENU_ENTRIES) menus.create({ id: entry.id, title: entry.title, contexts: [...entry.contexts] });
}

/**
 * The menu handlers' environment in the extension. The click (or the shortcut)
 * grants `activeTab`, which is what lets these scripts into the tab: no host permission.
 */
export function browserMenuEnv(browser: MenuBrowser, store: MenuEnv['store']): MenuEnv {
  const target = (tabId: number, frameId?: number) => (frameId === undefined ? { tabId } : { tabId, frameIds: [frameId] });
  return {
    store,
    readPage: (tab) => readPage(tab, injectExtraction(browser)),
    readSelection: async (tabId, frameId) => {
      const [frame] = await browser.scripting.executeScript({ target: target(tabId, frameId), func: selectionInPage });
      return typeof frame?.result === 'string' ? frame.result : '';
    },
    readLinkText: async (tabId, url, frameId) => {
      const [frame] = await browser.scripting.executeScript({ target: target(tabId, frameId), func: linkTextInPage, args: [url] });
      return typeof frame?.result === 'string' ? frame.result : '';
    },
    setBadge: (count) => showClipCount(browser, count),
    tell: async (tabId, message) => {
      await browser.scripting.executeScript({ target: { tabId }, func: showNoticeInPage, args: [message] });
    },
  };
}
