import type { PageMetadata } from '../extract/page-metadata';
import { cleanUrl } from '../url/clean-url';
import type { ExtractionOutcome } from './read-document';

/** The tab the editor is clipping, as the browser describes it. */
export interface TabInfo {
  id: number;
  url?: string;
  title?: string;
}

/** What the popup starts from: metadata (read or guessed from the tab) and, if reading failed, why. */
export interface PageReading {
  metadata: PageMetadata;
  /** One line for the editor, starting "Could not read this page"; null when the page was read. */
  notice: string | null;
}

export type InjectExtraction = (tabId: number) => Promise<ExtractionOutcome | undefined>;

const BROWSER_SCHEMES =
  /^(chrome|chrome-extension|chrome-untrusted|edge|brave|opera|vivaldi|about|moz-extension|resource|devtools|view-source|data|javascript|blob):/i;
// Browsers refuse script injection into their own extension stores, whatever the permissions.
const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/addons\.mozilla\.org\//i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
];

/** Why a page cannot be read before even trying, or null when it is worth a try. */
export function unreadableReason(url: string | undefined): string | null {
  if (!url) return 'the browser did not share this tab’s address.';
  if (/^view-source:/i.test(url)) return 'source views are closed to extensions.';
  if (BROWSER_SCHEMES.test(url)) return 'browser pages are closed to extensions.';
  if (STORE_PAGES.some((store) => store.test(url))) return 'the browser keeps extensions out of its store pages.';
  if (/^file:/i.test(url)) return 'local files need “Allow access to file URLs” for this extension.';
  if (/\.pdf(?:$|[?#])/i.test(url)) return 'PDFs open in the browser’s viewer, which extensions cannot read.';
  return null;
}

/** Metadata guessed from the tab alone, so the editor can still clip by hand. */
export function metadataFromTab(tab: TabInfo): PageMetadata {
  const url = tab.url ?? '';
  const clean = /^(https?|mailto):/i.test(url) ? cleanUrl(url) : url;
  return {
    url,
    canonicalUrl: clean,
    title: (tab.title ?? '').replace(/\s+/g, ' ').trim(),
    authors: [],
    source: null,
    excerpt: '',
    publishedTime: null,
    lang: null,
    wordCount: 0,
    kind: 'page',
  };
}

const notice = (reason: string) => `Could not read this page: ${reason} Fill in the fields by hand.`;

/**
 * Reads the tab through the injected extraction script, bounded by `timeoutMs`
 * so a huge or stuck page never hangs the popup. Every failure falls back to
 * the tab's own URL and title with a one-line notice.
 */
export async function readPage(tab: TabInfo, inject: InjectExtraction, timeoutMs = 4000): Promise<PageReading> {
  const fallback = metadataFromTab(tab);
  const early = unreadableReason(tab.url);
  if (early) return { metadata: fallback, notice: notice(early) };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([inject(tab.id), timeout]);
    if (outcome === 'timeout') return { metadata: fallback, notice: notice('it took too long to read.') };
    if (!outcome) return { metadata: fallback, notice: notice('the browser returned nothing from it.') };
    if (!outcome.ok) return { metadata: fallback, notice: notice(outcome.reason) };
    const metadata = outcome.metadata;
    return { metadata: { ...metadata, title: metadata.title || fallback.title }, notice: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { metadata: fallback, notice: notice(`the browser did not allow it (${message}).`) };
  } finally {
    clearTimeout(timer);
  }
}
