import type { WxtBrowser } from 'wxt/browser';

/** `action` in MV3, `browserAction` in Firefox MV2. */
export type ToolbarButton = Pick<WxtBrowser, 'action'> & Partial<Pick<WxtBrowser, 'browserAction'>>;

/** The toolbar button's badge text, through whichever of the two APIs the browser has. */
export async function setBadgeText(browser: ToolbarButton, text: string): Promise<void> {
  await (browser.action ?? browser.browserAction)?.setBadgeText({ text });
}

/** The toolbar badge shows how many clips the current issue holds (nothing when empty). */
export function showClipCount(browser: ToolbarButton, count: number): Promise<void> {
  return setBadgeText(browser, count > 0 ? String(count) : '');
}
