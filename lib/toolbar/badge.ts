import type { WxtBrowser } from 'wxt/browser';

/** `action` in MV3, `browserAction` in Firefox MV2. */
export type ToolbarButton = Pick<WxtBrowser, 'action'> & Partial<Pick<WxtBrowser, 'browserAction'>>;

/** The toolbar badge shows how many clips the current issue holds (nothing when empty). */
export async function showClipCount(browser: ToolbarButton, count: number): Promise<void> {
  const button = browser.action ?? browser.browserAction;
  await button?.setBadgeText({ text: count > 0 ? String(count) : '' });
}
