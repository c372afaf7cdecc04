import type { WxtBrowser } from 'wxt/browser';
import type { InjectExtraction, TabInfo } from './page-reading';
import type { ExtractionOutcome } from './read-document';

/** The built extraction script; WXT emits runtime-registered content scripts here. */
/** The two browser APIs the popup needs to find and read the tab. */
export type TabsAndScripting = Pick<WxtBrowser, 'tabs' | 'scripting'>;

export const EXTRACTION_SCRIPT = '/content-scripts/extract-page.js';

/**
 * The tab to clip: the one named by `?tabId=` (tests open the popup as a page
 * and must say which tab they mean), else the active tab of this window.
 */
export async function tabToClip(browser: TabsAndScripting, search: string): Promise<TabInfo> {
  const named = new URLSearchParams(search).get('tabId');
  const tab = named !== null ? await browser.tabs.get(Number(named)) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) throw new Error('No tab to clip.');
  return { id: tab.id, url: tab.url, title: tab.title };
}

/** Injects the extraction script into the tab and returns what its `main()` returned. */
export function injectExtraction(browser: TabsAndScripting): InjectExtraction {
  return async (tabId) => {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACTION_SCRIPT] });
    return frame?.result as ExtractionOutcome | undefined;
  };
}
