import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { upgradeFromAPage } from '@/lib/backup/upgrade-from-a-page';
import { browserMenuEnv, registerMenuEntries } from '@/lib/context-menu/browser-menu-env';
import { guardedMenuHandlers } from '@/lib/context-menu/menu-clicks';
import { reportMenuFailure } from '@/lib/context-menu/menu-failure';
import { openStore } from '@/lib/db';
import { startArchive } from '@/lib/toolbar/start-archive';

// Issue #1 exists from install, the badge shows the clip count from browser start, and the
// context-menu entries are registered (issue #13); menu clicks and the quote shortcut go to lib/.
export default defineBackground(() => {
  const store = openStore(undefined, { beforeUpgrade: upgradeFromAPage });
  const env = browserMenuEnv(browser, store);
  const log = (what: string) => (error: unknown) => console.error(what, error);
  const refresh = () => {
    void startArchive(store, browser.storage.local, browser).catch(log('Could not read the current issue'));
    void registerMenuEntries(browser.contextMenus).catch(log('Menu entries not registered'));
  };
  browser.runtime.onInstalled.addListener(refresh);
  browser.runtime.onStartup.addListener(refresh);
  // A failed click or shortcut is kept for the popup to show, with "!" on the toolbar button.
  const { click, command } = guardedMenuHandlers(env, (action, error) => reportMenuFailure(browser.storage.local, browser, action, error));
  browser.contextMenus.onClicked.addListener((info, tab) => void click(info, tab));
  browser.commands.onCommand.addListener((name, tab) => void command(name, tab));
  // Automation cannot open a context menu: the e2e build alone lets tests call the very handler.
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { roundupMenuClick: click });
});
