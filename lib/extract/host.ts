// A rough registrable-domain split without a public-suffix list (too big to ship in a
// content script): a ccTLD preceded by a generic second level ("co.uk", "com.au") is
// treated as one suffix. Good enough for "same site?" and "does this name the host?".

import { parseUrl } from '../url/clean-url';

const GENERIC_SECOND_LEVEL = /^(?:co|com|org|net|ac|gov|edu|ne|or|go|gob|nic|mil|ltd|plc|sch)$/;

function split(host: string): { label: string; suffix: string } {
  const parts = host.toLowerCase().replace(/\.$/, '').split('.');
  const suffix: string[] = [];
  if (parts.length > 1) suffix.unshift(parts.pop() ?? '');
  const last = parts[parts.length - 1];
  if (parts.length > 1 && last && GENERIC_SECOND_LEVEL.test(last) && (suffix[0]?.length ?? 0) === 2) {
    suffix.unshift(parts.pop() ?? '');
  }
  return { label: parts[parts.length - 1] ?? '', suffix: suffix.join('.') };
}

/** "www.nytimes.com" → "nytimes", "www.bbc.co.uk" → "bbc". */
export function hostLabel(host: string): string {
  return split(host).label;
}

/** "amp.theguardian.com" → "theguardian.com", "news.bbc.co.uk" → "bbc.co.uk". */
export function registrableDomain(host: string): string {
  const { label, suffix } = split(host);
  return suffix ? `${label}.${suffix}` : label;
}

/** The host of a URL, or '' when it does not parse. */
export function hostOf(url: string): string {
  return parseUrl(url)?.hostname.toLowerCase() ?? '';
}

/**
 * A host that names a machine, not a site: an IPv4 or IPv6 address, `localhost`
 * or a `*.localhost` name. Its labels are no publication ("0" for 127.0.0.1).
 */
export function isAddressHost(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return /^\d{1,3}(?:\.\d{1,3}){3}$/.test(name) || /^\[?[0-9a-f:.]*:[0-9a-f:.]*\]?$/.test(name) || name === 'localhost' || name.endsWith('.localhost');
}
