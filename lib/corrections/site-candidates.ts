// Which sites a page could belong to, without the public-suffix list. The popup looks up
// remembered corrections under all of them at once (one indexed read) and loads tldts
// (`siteOf`, ~110 KB gzipped) only when one of them has any: on a site with no
// correction, the form never waits for that code (issue #13 item 7).

import { parseUrl } from '../url/clean-url';

/**
 * Every name `siteOf(url)` can return for `url`: the host and each of its dot-suffixes,
 * also with `www` labels left out (a publication on a platform, `dana.substack.com`,
 * is named from the host's last label other than `www`). Empty when `siteOf` gives null
 * for every such URL (not http or https, no host). The unit tests check, over many hosts,
 * that `siteOf`'s answer is always among them.
 */
export function siteCandidates(url: string): string[] {
  const parsed = parseUrl(url);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return [];
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  if (!host) return [];
  const labels = host.split('.');
  const withoutWww = labels.filter((l) => l !== 'www');
  const suffixes = (parts: string[]) => parts.map((_, i) => parts.slice(i).join('.'));
  return [...new Set([host, ...suffixes(labels), ...suffixes(withoutWww)])].filter(Boolean);
}
