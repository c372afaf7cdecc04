// All <meta> signals (Open Graph, Twitter cards, Highwire citation_*, Dublin Core,
// parsely/sailthru, application-name…) read in one pass, keyed by their lowercased
// name/property/itemprop, so each rule asks by name instead of re-querying the DOM.

import { plainText } from './text';

export interface MetaTags {
  /** First non-empty value for any of the keys, in the order given. */
  first(...keys: string[]): string | null;
  /** Every value for the key, in document order. */
  all(key: string): string[];
}

export function readMetaTags(document: Document): MetaTags {
  const values = new Map<string, string[]>();
  for (const meta of document.querySelectorAll('meta')) {
    const content = plainText(meta.getAttribute('content') ?? meta.getAttribute('value'));
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      // An itemprop inside a nested item (an author's or publisher's scope) is not page-level.
      if (attr === 'itemprop' && meta.closest('[itemscope]')?.hasAttribute('itemprop')) continue;
      const list = values.get(key) ?? [];
      list.push(content);
      values.set(key, list);
    }
  }
  return {
    first: (...keys) => {
      for (const key of keys) {
        const value = values.get(key)?.[0];
        if (value) return value;
      }
      return null;
    },
    all: (key) => values.get(key) ?? [],
  };
}
