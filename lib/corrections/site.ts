// The site a correction is remembered for. tldts carries the whole public-suffix
// list (~110 KB gzipped as built), so the popup loads this module on demand (`loadSiteOf` in
// components/clip-session.ts): only when a correction is stored under one of the page's
// candidate sites (`site-candidates.ts`), or for Add once the form is ready.

import { getDomain } from 'tldts';
import { isAddressHost } from '../extract/host';
import { parseUrl } from '../url/clean-url';

/**
 * Publishing platforms where each subdomain is one writer's publication but which the
 * public-suffix list does not name (checked against tldts 7.5.4): `dana.substack.com`
 * and `bo.substack.com` are two sites here too. Private suffixes the list does name
 * (`github.io`, `blogspot.com`, `netlify.app`, …) need no entry.
 */
const PUBLICATION_PLATFORMS: ReadonlySet<string> = new Set(['substack.com', 'wordpress.com', 'medium.com', 'tumblr.com', 'ghost.io', 'beehiiv.com']);

/**
 * The site of a page: its registrable domain by the public-suffix list, private
 * suffixes included, so two `github.io` or `substack.com` blogs are two sites;
 * an IP address or a localhost name is its own site; null for what is no web
 * page (`chrome://`, `about:`, a URL that does not parse).
 */
export function siteOf(url: string): string | null {
  const parsed = parseUrl(url);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return null;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  if (!host) return null;
  if (isAddressHost(host)) return host;
  const domain = getDomain(host, { allowPrivateDomains: true }) ?? host;
  if (!PUBLICATION_PLATFORMS.has(domain)) return domain;
  const label = host
    .slice(0, -domain.length - 1)
    .split('.')
    .filter((l) => l !== 'www')
    .pop();
  return label ? `${label}.${domain}` : domain;
}
