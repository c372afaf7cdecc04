import { readTabEarly, type TabsAndScripting } from './active-tab';
import type { PageReading } from './page-reading';

// The popup's HTML starts reading the tab from a small script of its own
// (`entrypoints/popup-reading.ts`), run as soon as it has loaded, so the article's tab runs the
// extraction while the popup's main code is still loading and evaluating (issue #13 item 7).
// The two scripts are separate builds; they meet in one slot on the page's global object.

const SLOT = Symbol.for('roundup-clipper.page-reading');
interface Slot {
  reading?: Promise<PageReading>;
  /** The main code asked first: handed the reading once it starts. */
  waiting?: (reading: Promise<PageReading>) => void;
}
type Holder = { [SLOT]?: Slot };

function slotOf(holder: object): Slot {
  const h = holder as Holder;
  h[SLOT] ??= {};
  return h[SLOT];
}

/** The popup's first script: starts reading the tab to clip, once, and hands it to the main code. */
export function startPageReading(browser: TabsAndScripting, search: string, holder: object = globalThis): void {
  const slot = slotOf(holder);
  if (slot.reading) return;
  slot.reading = readTabEarly(browser, search)();
  slot.waiting?.(slot.reading);
}

/** The popup's main code: the reading the first script started, now or once it has. */
export function takePageReading(holder: object = globalThis): () => Promise<PageReading> {
  const slot = slotOf(holder);
  const reading =
    slot.reading ??
    new Promise<PageReading>((resolve) => {
      slot.waiting = resolve;
    });
  // Its failure is the Clip view's to show; until asked, it is not "unhandled".
  reading.catch(() => {});
  return () => reading;
}
