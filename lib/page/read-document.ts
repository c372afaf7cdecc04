import { extractPageMetadata } from '../extract';
import type { PageMetadata } from '../extract/page-metadata';

/** What the content script hands back to the popup: metadata, or why there is none. */
export type ExtractionOutcome = { ok: true; metadata: PageMetadata } | { ok: false; reason: string };

/**
 * Runs inside the page. Never throws: a failure becomes a reason the popup can
 * show, because an exception would surface as an opaque injection error.
 */
export function readDocument(document: Document, url: string): ExtractionOutcome {
  const type = document.contentType;
  if (type && !/html|xml/i.test(type)) {
    return { ok: false, reason: `it is not a web page (${type}).` };
  }
  try {
    return { ok: true, metadata: extractPageMetadata(document, url) };
  } catch (error) {
    return { ok: false, reason: `reading it failed (${error instanceof Error ? error.message : String(error)}).` };
  }
}
