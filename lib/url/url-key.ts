import { parseUrl, untrackedParams } from './clean-url';

/**
 * A comparison key for "is this the same page?": scheme, `www.`, default ports,
 * trailing slash, fragment and tracking parameters do not make a different page.
 * Unparseable input is its own key.
 */
export function urlKey(raw: string): string {
  const url = parseUrl(raw);
  if (!url) return raw.trim();
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const port = url.port && url.port !== '80' && url.port !== '443' ? `:${url.port}` : '';
  const path = url.pathname.replace(/\/+$/, '');
  const params = untrackedParams(url);
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${host}${port}${path}${query}`;
}

/** Every key a clip's links are known by: each link's URL and the address it was clipped from. */
export function urlKeysFor(links: readonly { url: string; clippedUrl?: string }[]): string[] {
  const keys = links
    .flatMap((l) => [l.url, l.clippedUrl ?? ''])
    .filter((u) => u.trim() !== '')
    .map(urlKey);
  return [...new Set(keys)];
}
