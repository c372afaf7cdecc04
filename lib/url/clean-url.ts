// Parameters that only tell the sender who clicked; the format doc says to drop them.
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'ref_src',
  'ref_url',
  'spm',
  'cmpid',
  'ncid',
  'sr_share',
  's_kwcid',
  'ito',
  'smid',
  'li',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', '__hs', 'ga_'];

export function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p));
}

/** The address as a URL, or null when what was typed or clipped is not one. */
export function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw.trim());
  } catch {
    return null;
  }
}

/** The query parameters that say something about the page, in order. */
export function untrackedParams(url: URL): [string, string][] {
  return [...url.searchParams].filter(([name]) => !isTrackingParam(name));
}

/**
 * Drops tracking parameters (and an empty `?`) from a URL; returns the input
 * unchanged when it does not parse, so a hand-typed link is never lost.
 */
export function cleanUrl(raw: string): string {
  const url = parseUrl(raw);
  if (!url) return raw.trim();
  if (!url.search) return url.href;
  url.search = new URLSearchParams(untrackedParams(url)).toString();
  return url.href;
}
