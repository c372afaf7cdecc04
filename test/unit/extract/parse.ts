// Test helper: a linkedom Document typed as the DOM's, the way the content script sees one.
import { parseHTML } from 'linkedom';

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A page with the given <head> and <body> markup. */
export function page(head: string, body = ''): Document {
  return parse(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
}
