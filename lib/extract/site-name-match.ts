// Whether a piece of text names the site: used to strip " | Site" from titles and
// to tell a publication apart from a person. Works from the page's own names plus
// the host (including abbreviations such as "NYT" for nytimes.com), never a host list.

import { hostLabel } from './host';
import { compactKey, wordsOf } from './text';

function initials(text: string): string {
  return wordsOf(text)
    .filter((w) => w !== 'the' && w !== 'of' && w !== 'and')
    .map((w) => w[0])
    .join('');
}

/** Drops a leading "the" and a trailing TLD so "The Atlantic" ~ "theatlantic.com" ~ "Atlantic". */
export function siteKey(text: string): string {
  return compactKey(text.replace(/\.(?:com|org|net|co\.uk|co|uk|de|fr|ca|com\.au|au|in|io)\b|(?<=\p{L})\.[a-z]{2,6}$/giu, '')).replace(/^the/, '');
}

export function matchesHost(text: string, host: string): boolean {
  const label = hostLabel(host)
    .replace(/[^a-z0-9]/g, '')
    .replace(/^the/, '');
  const key = siteKey(text);
  if (!label || key.length < 2) return false;
  if (key === label) return true;
  const words = wordsOf(text);
  if (words.length > 5) return false;
  if (key.length >= 4 && (label.includes(key) || key.includes(label))) return true;
  // An acronym of the host: "NYT" for nytimes.com.
  if (key.length >= 3 && label.startsWith(key) && text === text.toUpperCase()) return true;
  const abbr = initials(text);
  return abbr.length >= 2 && (label === abbr || (label.startsWith(abbr) && abbr.length >= 3));
}

/** True when `text` is (a spelling of) one of the site's names or its host. */
export function isSiteName(text: string, siteNames: readonly string[], host: string): boolean {
  const key = siteKey(text);
  if (!key) return false;
  for (const name of siteNames) {
    const nameKey = siteKey(name);
    if (nameKey.length < 2) continue;
    if (key === nameKey) return true;
    if (Math.min(key.length, nameKey.length) >= 4 && (key.startsWith(nameKey) || nameKey.startsWith(key))) return true;
    if (initials(name) === key && key.length >= 2) return true;
  }
  return matchesHost(text, host);
}
