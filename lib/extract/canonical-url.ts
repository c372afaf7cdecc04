// The format doc prefers <link rel=canonical> when it is on the same site: it drops
// session paths and tracking, but a syndicated copy's canonical pointing elsewhere
// would send readers to a different publication than the one clipped.

import { cleanUrl } from '../url/clean-url';
import { registrableDomain } from './host';

export function canonicalUrl(document: Document, url: string): string {
  const href = document.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href')?.trim();
  if (href) {
    try {
      const page = new URL(url);
      const canonical = new URL(href, page);
      const sameSite = registrableDomain(canonical.hostname) === registrableDomain(page.hostname);
      if (sameSite && /^https?:$/.test(canonical.protocol)) return cleanUrl(canonical.href);
    } catch {
      // An unparsable canonical or page URL: fall through to the page URL.
    }
  }
  return cleanUrl(url);
}
