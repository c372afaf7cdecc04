import { readTabEarly, type TabsAndScripting } from './active-tab';
import type { PageReading } from './page-reading';

// The popup's HTML starts reading the tab from a small script of its own
// (`entrypoints/popup-reading.ts`), run as soon as it has loaded, so the article's tab runs the
// extraction while the popup's main code is still loading and evaluating (issue #13 item 7).
// The two scripts are separate builds; they meet in one slot on the page's global object.

const SLOT = Symbol.for('roundup-clipper.page-reading');
type Holder = { [SLOT]?: Promise<PageReading> };

/**
 * Starts reading the tab to clip, once per page, and returns that reading. The popup's first script
 * usually runs first and starts it; the main code gets the same reading, or starts it itself when it
 * runs first or the first script failed to load, so the popup never waits on a script not coming.
 */
export function startPageReading(browser: TabsAndScripting, search: string, holder: object = globalThis): () => Promise<PageReading> {
  const h = holder as Holder;
  // readTabEarly keeps a failure from being "unhandled" until the Clip view asks for it.
  h[SLOT] ??= readTabEarly(browser, search)();
  const reading = h[SLOT];
  return () => reading;
}
