// The publication as readers cite it. Pages name themselves in many places that
// disagree in spelling ("nationalpost", "National Post", "NationalPost.com"); each
// place is a weighted vote, votes for the same name add up, the host breaks ties,
// and the best-written spelling of the winner is returned.

import { hostLabel, isAddressHost, registrableDomain } from './host';
import { matchesHost, siteKey } from './site-name-match';
import { collapseWhitespace, compactKey, decodeEntities, wordsOf } from './text';

export interface SourceCandidate {
  name: string;
  weight: number;
  /** A segment of the <title>: a vote for the source, but too weak to strip from titles. */
  fromTitle?: boolean;
}

/** "Raw Story - Celebrating 18 Years…" → "Raw Story"; "Fandom powered by Wikia" → "Fandom". */
function tidy(name: string): string {
  const clean = collapseWhitespace(decodeEntities(name))
    .replace(/^(?:©|copyright)\s*(?:\d{4}\s*)?/i, '')
    .replace(/\s+powered by\s+.*$/i, '')
    .replace(/^[\s|:·•»«–—-]+|[\s|:·•»«–—-]+$/g, '');
  // "By linksc" names an author, not a publication; "Startseite", "Home" or "2019" name nothing.
  // "Wann blüht die Hamamelis?": a question is a headline.
  if (/^by\s/i.test(clean) || NAVIGATION.test(clean) || !/\p{L}/u.test(clean) || /\?$/.test(clean)) return '';
  // "Schweizer Radio und Fernsehen (SRF)": readers use the short form in brackets.
  const bracketed = /^(.{6,}?)\s*\((\p{Lu}[\p{Lu}\p{N}&.-]{1,9})\)$/u.exec(clean);
  const short = bracketed?.[2] ?? clean;
  const first = (short.split(/\s+[-–—|:]\s+|\s*\|\s*|(?<=^\p{Lu}[\p{Lu}\p{N}]{1,7}):\s+/u)[0] ?? short).trim();
  return first.replace(LEGAL_FORM, '').trim();
}

/** Navigation labels that templates put where the site's name belongs. */
const NAVIGATION = /^(?:start|startseite|home|homepage|home page|accueil|inicio|página inicial|pagina iniziale|index|main page|hauptseite|übersicht)$/iu;

/** "WEISSER RING e. V.", "Acme GmbH", "Foo Inc.": the legal form is not part of the name readers cite. */
const LEGAL_FORM = /,?\s+(?:e\.\s?V\.?|g?GmbH(?:\s*&\s*Co\.?\s*KG)?|AG|KG|SE|Inc\.?|Ltd\.?|LLC|S\.A\.?|S\.L\.?|S\.p\.A\.?|B\.V\.?|plc)$/u;

/** "TODAY.com" → "TODAY", "MDR.DE" → "MDR": a brand written with its TLD, unless the rest is too short to stand alone. */
function withoutTld(name: string): string {
  const match = /^(.*?)\.(com|co\.uk|com\.au|co\.za|net|org|info|[a-z]{2})$/i.exec(name);
  const base = match?.[1];
  if (!base || /\./.test(base)) return name;
  const caps = base === base.toUpperCase() && base.length >= 2 && /\p{Lu}/u.test(base);
  // A country domain stays when the rest is one plain word ("Nachrichten.at"): the TLD is then part of the brand.
  const plainWord = /^\p{Lu}\p{Ll}+$/u.test(base) && (match?.[2]?.length ?? 0) === 2;
  return caps || (base.length >= 4 && /\p{Lu}/u.test(base) && !plainWord) ? base : name;
}

/**
 * Last resort when the page names itself nowhere: "MSN" for msn.com, else the
 * domain; null for a page on an IP address or localhost, which names no site.
 */
export function sourceFromHost(host: string): string | null {
  if (!host || isAddressHost(host)) return null;
  const label = hostLabel(host);
  return label.length <= 4 ? label.toUpperCase() : registrableDomain(host);
}

/** A name no reader would cite: a URL, a bare lowercase host label, or too long to be a name. */
function isUsable(name: string): boolean {
  return name.length >= 2 && name.length <= 60 && !/^https?:|\/|@/.test(name) && name.split(' ').length <= 7;
}

function looksLikeBareHost(name: string, host: string): boolean {
  return !/\s/.test(name) && (name === name.toLowerCase() || /\.[a-z]{2,3}$/i.test(name)) && matchesHost(name, host);
}

/** How well a spelling reads: spaced words beat "nationalpost", names beat "site.com". */
function spellingScore(name: string, host: string): number {
  let score = 0;
  if (/\s/.test(name)) score += 1;
  if (/\p{Lu}/u.test(name)) score += 1;
  if (/\.[a-z]{2,3}$/i.test(name)) score -= 1.5;
  if (looksLikeBareHost(name, host)) score -= 2;
  return score;
}

/** Chooses the publication name from weighted candidates; null when none is usable. */
/**
 * A name that is part of the headline, not the site: inside the visible headline that a title starts with
 * ("… größer - Trailer stellt Platinum Edition vor"), or inside the headline segment of a title whose
 * other end is the host ("Privatkredit-Zinsen: So ermitteln Sie Ihre Kosten | SMAVA"). A name
 * that matches the host is kept: sites do put their name into headlines.
 */
function isHeadlinePart(name: string, host: string, titles: readonly string[], headlines: readonly string[]): boolean {
  const key = compactKey(name);
  if (key.length < 4 || matchesHost(name, host)) return false;
  const headlineKeys = headlines.map(compactKey).filter((h) => h && titles.some((t) => compactKey(t).startsWith(h)));
  if (headlineKeys.some((h) => h.includes(key) && h.length > key.length)) return true;
  return titles.some((title) => {
    const parts = title.split(/\s+[|–—·•-]\s+|\s*\|\s*/);
    return parts.length >= 2 && matchesHost(parts[parts.length - 1] ?? '', host) && compactKey(parts[0] ?? '').includes(key);
  });
}

export function chooseSource(
  candidates: readonly SourceCandidate[],
  host: string,
  titles: readonly string[] = [],
  headlines: readonly string[] = [],
): string | null {
  const titleKeys = new Set(titles.map(compactKey));
  const groups = new Map<string, { weight: number; forms: SourceCandidate[] }>();
  for (const c of candidates) {
    const name = withoutTld(tidy(c.name));
    const key = siteKey(name);
    if (!key || !isUsable(name) || titleKeys.has(compactKey(name)) || isHeadlinePart(name, host, titles, headlines)) continue;
    const group = groups.get(key) ?? { weight: 0, forms: [] };
    group.weight += c.weight;
    group.forms.push({ name, weight: c.weight });
    groups.set(key, group);
  }
  // A shorter spelling contained in a longer one ("Fandom" / "Fandom powered by Wikia") shares votes.
  const keys = [...groups.keys()];
  const totals = new Map<string, number>();
  for (const key of keys) {
    let total = groups.get(key)?.weight ?? 0;
    const form = groups.get(key)?.forms[0]?.name ?? '';
    for (const other of keys) {
      if (other !== key && other.length >= 3 && key.includes(other)) total += (groups.get(other)?.weight ?? 0) * 0.5;
      if (other !== key && key.length >= 3 && other.includes(key)) total += (groups.get(other)?.weight ?? 0) * 0.75;
    }
    if (matchesHost(form, host)) total += 1.5;
    total += spellingScore(form, host) * 0.01;
    totals.set(key, total);
  }
  let bestKey: string | null = null;
  for (const key of keys) {
    if (bestKey === null || (totals.get(key) ?? 0) > (totals.get(bestKey) ?? 0)) bestKey = key;
  }
  if (bestKey === null || (totals.get(bestKey) ?? 0) <= 0) return null;
  const forms = groups.get(bestKey)?.forms ?? [];
  forms.sort((a, b) => spellingScore(b.name, host) + b.weight * 0.1 - (spellingScore(a.name, host) + a.weight * 0.1));
  const best = forms[0]?.name ?? null;
  if (!best) return null;
  // Only a very short bare host label ("al") names the site: cite the domain instead.
  if (!isAddressHost(host) && looksLikeBareHost(best, host) && best === best.toLowerCase() && !best.includes('.') && best.length <= 3)
    return registrableDomain(host);
  return acronymOf(best, candidates, host) ?? brandPrefix(best, host) ?? best;
}

/** "Example Times", "Foo Zeitung": a masthead noun is part of the name, not an edition. */
const MASTHEAD_NOUN =
  /^(?:times|post|news|tribune|herald|journal|gazette|chronicle|courier|daily|weekly|magazine|review|observer|standard|zeitung|nachrichten|rundschau|kurier|anzeiger|tagblatt|allgemeine|journal|gazzetta|corriere|diario|krant|avis|tidning)\b/iu;

/**
 * "Global Voices auf Deutsch" on globalvoices.org, "Diakonie Deutschland" on diakonie.de: the
 * leading words that are exactly the host's name are the brand; the rest names an edition.
 */
function brandPrefix(name: string, host: string): string | null {
  const label = hostLabel(host).replace(/[^a-z0-9]/g, '');
  const words = name.split(' ');
  for (let k = 1; k < words.length; k++) {
    const prefix = words.slice(0, k).join(' ');
    // "Corriere della Sera", "JVN iPedia", "Harper's Magazine": the rest belongs to the name.
    const rest = words.slice(k).join(' ');
    const edition = /^(?:\p{Lu}|(?:in|auf|en|für|for)\s)/u.test(rest) && !/['’]s$/.test(prefix) && !MASTHEAD_NOUN.test(rest);
    if (compactKey(prefix) === label && edition) return prefix;
  }
  return null;
}

/**
 * "Zweites Deutsches Fernsehen" on zdf.de, "Deutscher Schwimm-Verband" on dsv.de: a legal
 * name whose initials are the host is cited by its acronym, spelled as the page spells it.
 */
function acronymOf(name: string, candidates: readonly SourceCandidate[], host: string): string | null {
  const label = hostLabel(host);
  const words = wordsOf(name).filter((w) => !/^(?:der|die|das|the|of|und|and|für|de|la|le|des|du|et|e|für)$/.test(w));
  if (words.length < 2 || label.length < 2 || label.length > 5 || words.map((w) => w[0]).join('') !== label) return null;
  const spelled = candidates.map((c) => withoutTld(tidy(c.name))).filter((n) => compactKey(n) === label);
  return spelled.find((n) => n === n.toUpperCase()) ?? spelled.find((n) => (n.match(/\p{Lu}/gu)?.length ?? 0) >= 2) ?? label.toUpperCase();
}
