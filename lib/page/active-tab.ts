import type { WxtBrowser } from 'wxt/browser';
import { type InjectExtraction, type PageReading, readPage, type TabInfo } from './page-reading';
import type { ExtractionOutcome } from './read-document';

/** The two browser APIs the popup needs to find and read the tab. */
export type TabsAndScripting = Pick<WxtBrowser, 'tabs' | 'scripting'>;

/** The built extraction script (`entrypoints/extract-page.ts`, an unlisted script). */
export const EXTRACTION_SCRIPT = '/extract-page.js';

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

/**
 * Starts reading the tab to clip at once and returns how to get that reading. The popup calls
 * it before it renders, so the article's tab runs the extraction script while the popup's own
 * code, database reads and first render go on (issue #13 item 7: this was the longest wait).
 */
export function readTabEarly(browser: TabsAndScripting, search: string): () => Promise<PageReading> {
  const reading = tabToClip(browser, search).then((tab) => readPage(tab, injectExtraction(browser)));
  // Its failure is the caller's (the Clip view shows it); until asked, it is not "unhandled".
  reading.catch(() => {});
  return () => reading;
}
