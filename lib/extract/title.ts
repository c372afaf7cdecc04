// The link text must be the headline as readers see it: no " | Site" suffix, no
// "Site: " prefix, no breadcrumb trail, but a real " - " inside a headline survives.
// Only segments that name the site (its names or host) are removed.

import { isSiteName, siteKey } from './site-name-match';
import { collapseWhitespace, compactKey, decodeEntities, wordsOf } from './text';

const SEPARATOR = /(\s+[|–—·•»«~/:*\\-]\s+|\s*(?:\||::|»|«)\s*)/;
/** A trailing "by Jane Doe" segment names the author, not the headline. */
const BY_SEGMENT = /^by\s+\p{Lu}[\p{L}.' -]{1,60}$/iu;
/** " von jesusfreak", " by Jane Doe": an author credit after the headline. */
const BY_TAIL = /^\s+(?:by|von|par|por|door)\s+\S+(?:\s+\S+){0,2}$/iu;
/** A blog's archive or section label before the headline: "Blog Archive » …", "Blog Archiv » …", "Neuigkeiten » …". */
const SECTION_PREFIX =
  /^(?:(?:blog|weblog)\s*)?(?:archives?|archiv|archivio|archivo|archief)$|^(?:blog|weblog|home|startseite|accueil|neuigkeiten|aktuelles|actualités|noticias|notizie|nieuws)$|^\p{L}*(?:news|nachrichten)$/iu;

function segmentsOf(title: string): { parts: string[]; seps: string[] } {
  const pieces = title.split(SEPARATOR);
  const parts: string[] = [];
  const seps: string[] = [];
  pieces.forEach((piece, i) => {
    (i % 2 === 0 ? parts : seps).push(piece);
  });
  return { parts, seps };
}

function join(parts: string[], seps: string[]): string {
  return parts.map((p, i) => (i === 0 ? p : `${seps[i - 1] ?? ' '}${p}`)).join('');
}

const wordCount = (s: string) => s.trim().split(/\s+/).length;

/** Removes site-name segments from either end of a title. */
export function stripSiteFromTitle(raw: string, siteNames: readonly string[], host: string): string {
  const title = collapseWhitespace(decodeEntities(raw));
  const { parts, seps } = segmentsOf(title);
  // A title names its site at one end: when it starts with the site's exact name, a long last segment
  // that mentions the site is the headline ("site.ch - News - Snow maps on site.ch"), not a suffix.
  const leadsWithSite = parts.length > 1 && isExactSiteName(parts[0] ?? '', siteNames);
  const isAffix = (part: string) => (isSiteName(part, siteNames, host) && !(leadsWithSite && wordCount(part) >= 4)) || BY_SEGMENT.test(part.trim());
  while (parts.length > 1 && isAffix(parts[parts.length - 1] ?? '')) {
    parts.pop();
    seps.pop();
  }
  // "Headline : Blog-Archiv | Tagline | Founded 2005", "Headline – Zobacz na site.pl": from the first
  // later segment that names the site (or holds its name as a word), the rest is the site's tagline.
  // Not when the title starts with the site's name: a later mention is the headline's ("Site » Blog Archive » Headline").
  const cut = leadsWithSite ? -1 : parts.findIndex((part, i) => i > 0 && wordCount(part) <= 6 && namesSite(part, siteNames, host));
  if (cut > 0 && parts.slice(cut).every((part) => wordCount(part) <= 6)) {
    parts.length = cut;
    seps.length = cut - 1;
  }
  const isPrefix = (part: string) => isSiteName(part, siteNames, host) || SECTION_PREFIX.test(part.trim());
  while (parts.length > 1 && wordCount(parts[0] ?? '') <= 6 && isPrefix(parts[0] ?? '')) {
    parts.shift();
    seps.shift();
  }
  // "Headline | iPhone | Forum | Site": with the site gone, one- and two-word segments after a
  // long headline are the section trail, not part of the headline.
  const removed = parts.length < segmentsOf(title).parts.length;
  if (removed && parts.length >= 3 && wordCount(parts[0] ?? '') >= 4 && parts.slice(1).every((part) => wordCount(part) <= 2)) {
    parts.length = 1;
    seps.length = 0;
  }
  const stripped = stripGluedSite(stripSiteColon(join(parts, seps).trim(), siteNames), siteNames);
  return stripped || title;
}

/** "BDZV: Headline": a colon with no space before it is no separator, but the site's name before it is no kicker. */
function stripSiteColon(title: string, siteNames: readonly string[]): string {
  const match = /^([^:]{2,40}):\s+(\S.{9,})$/u.exec(title);
  return match?.[1] && match[2] && isExactSiteName(match[1], siteNames) ? match[2] : title;
}

/** Exactly one of the names the page gives its site, not merely starting with one ("Best of Houzz 2022" is a headline). */
function isExactSiteName(text: string, siteNames: readonly string[]): boolean {
  const key = siteKey(text);
  return key.length >= 2 && siteNames.some((n) => siteKey(n) === key);
}

/** The segment is a site name or holds one as a word of its own ("Zobacz na przepisy.pl"). */
function namesSite(part: string, siteNames: readonly string[], host: string): boolean {
  if (isSiteName(part, siteNames, host)) return true;
  return part.split(/\s+/).some((word) => compactKey(word).length >= 5 && isSiteName(word, siteNames, host));
}

/**
 * "제목-정치ㅣ한국일보", "标题-新华网": scripts without spaces glue the site name (and a section)
 * to the headline with a bare dash or bar. Removed only when the end is a known site name.
 */
function stripGluedSite(title: string, siteNames: readonly string[]): string {
  const match = /^(.*?\S)\s*[-|ㅣ｜_]\s*(?:[^\s|ㅣ｜-]{1,8}\s*[|ㅣ｜]\s*)?([^\s|ㅣ｜-]{2,20})$/u.exec(title);
  if (!match?.[1] || !match[2]) return title;
  const end = compactKey(match[2]);
  return siteNames.some((n) => compactKey(n) === end) &&
    /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(match[2])
    ? match[1]
    : title;
}

/** Every headline-shaped piece of a title: itself and each run of its segments. */
function readings(title: string): string[] {
  const { parts, seps } = segmentsOf(title);
  const out = [title];
  for (let start = 0; start < parts.length; start++) {
    for (let end = parts.length; end > start; end--) {
      if (start === 0 && end === parts.length) continue;
      out.push(join(parts.slice(start, end), seps.slice(start, end - 1)).trim());
    }
  }
  return out;
}

/** The title and each of its endings after a separator ("Kicker: Headline" → "Headline"). */
function tailReadings(title: string): string[] {
  const { parts, seps } = segmentsOf(title);
  const short = (head: string[]) => head.join(' ').split(/\s+/).length <= 4;
  const tails = parts.flatMap((_, start) => (start === 0 || short(parts.slice(0, start)) ? [join(parts.slice(start), seps.slice(start)).trim()] : []));
  const kicker = /^([^:]{2,40}?):\s+(\S.*)$/u.exec(title);
  return kicker?.[1] && kicker[2] && short([kicker[1]]) ? [...tails, kicker[2]] : tails;
}

function sameText(a: string, b: string): boolean {
  const ka = compactKey(a);
  return ka.length > 0 && ka === compactKey(b);
}

export interface TitleSignals {
  /** Metadata titles in order of trust (JSON-LD headline, og:title, …, <title>). */
  meta: string[];
  /** Visible headline elements (h1, itemprop=headline), in document order. */
  visible: string[];
  /** Pieces of multi-part visible headlines (a kicker and the headline proper). */
  pieces?: string[];
  /** Text around the first h1 (its parent block), where a visible kicker would be. */
  context?: string;
  /** The page's first h1 was its masthead (left out of `visible`): the next one may be a teaser's. */
  afterMasthead?: boolean;
}

/**
 * Picks the headline as published. The visible headline (h1) is the reading most
 * often right, so it wins when it matches a reading of a metadata title or is on
 * the same topic; otherwise the first metadata title (og:title leads) without its
 * site segments. An h1 that merely contains the metadata title plus a glued-on
 * subtitle, or a shortened piece of it, yields to the metadata title.
 */
export function chooseTitle(signals: TitleSignals, siteNames: readonly string[], host: string): string {
  return withoutGluedKicker(pickTitle(signals, siteNames, host), signals.pieces ?? []);
}

/**
 * "<h1><span>Olympic Games in Paris</span> Drinks by boat into the city</h1>" reads as one run of
 * words when its text is taken whole: the kicker set as its own element goes, the headline stays.
 * Only a kicker of up to five words without closing punctuation before a headline of four words
 * or more that starts a sentence; a headline broken across elements ("Man jailed" / "for life") stays.
 */
function withoutGluedKicker(title: string, pieces: readonly string[]): string {
  const plain = pieces.map((p) => collapseWhitespace(decodeEntities(p)));
  for (let i = 0; i + 1 < plain.length; i++) {
    const [kicker, headline] = [plain[i] ?? '', plain[i + 1] ?? ''];
    if (`${kicker} ${headline}` !== title) continue;
    const isKicker = wordCount(kicker) <= 5 && !/[:.!?|–—-]$/u.test(kicker);
    if (isKicker && wordCount(headline) >= 4 && /^[\p{Lu}\p{N}"„“«‘']/u.test(headline)) return headline;
  }
  return title;
}

function pickTitle(signals: TitleSignals, siteNames: readonly string[], host: string): string {
  const visible = signals.visible.map((t) => collapseWhitespace(decodeEntities(t))).filter((t) => t.length > 1 && !isSiteName(t, siteNames, host));
  const meta = signals.meta.map((t) => stripSiteFromTitle(t, siteNames, host)).filter(Boolean);
  const best = meta[0];
  if (!best) return visible[0] ?? '';
  // The most trusted metadata title decides between headlines first: an h1 reading "News"
  // may match the <title> "News - Site", but the one matching og:title is the article's.
  // Else a piece of a multi-part h1 that is the whole title or its end after a short
  // kicker (og:title "Das harte Geschäft …" and <h1>Genetik<br>Das harte Geschäft …</h1>).
  const pieces = (signals.pieces ?? []).map((t) => collapseWhitespace(decodeEntities(t)));
  // An h1 whose kicker element runs into the headline ("Einheit der WocheLagen-Pyramide") is left
  // to the piece rules below.
  const glued = (h: string) =>
    pieces.some((p) => p.length > 0 && p.length < h.length && h.endsWith(p) && /[\p{L}\p{N}]/u.test(h[h.length - p.length - 1] ?? ''));
  const whole = visible.filter((h) => !glued(h));
  const matchesBest = whole.find((h) => readings(best).some((r) => sameText(r, h)));
  if (matchesBest) return matchesBest;
  // The h1 is the metadata title without its topic kicker ("Pressemitteilung: Headline" / <h1>Headline</h1>).
  const context = signals.context ?? '';
  const isTailOf = (m: string, h: string) => tailReadings(m).some((r) => sameText(r, h)) && !kickerShown(m, h, context);
  // Unless the page shows the kicker beside the h1 (a "kicker" line above it): then it is part of the title.
  const tail = [...whole, ...pieces].find((p) => isTailOf(best, p));
  // A roofline set as the h1's first piece may be what og:title names ("Wurmkiste" beside
  // <h1><span>Wurmkiste</span> Wurmkiste selber bauen</h1>); when a later piece is another
  // metadata title (the JSON-LD headline), that piece is the headline under the roofline.
  const kickerAt = tail === undefined ? -1 : pieces.indexOf(tail);
  const under = kickerAt < 0 ? undefined : pieces.slice(kickerAt + 1).find((p) => meta.some((m) => m !== best && sameText(m, p)));
  if (under) return under;
  if (tail) return tail;
  const exact = [...visible, ...pieces].find((h) => meta.some((m) => readings(m).some((r) => sameText(r, h)) || isTailOf(m, h)));
  if (exact) return exact;
  // og:title names only the section ("Arbeit") that the h1 spells out ("Wir kämpfen für gute Arbeit").
  const spelledOut = visible.find((h) => isSectionOf(best, h));
  if (spelledOut) return spelledOut;
  // The h1 and the metadata title differ by a word or two at one end ("… przepis", "Receita de …",
  // "… in Tennessee"): the page's own headline is the one readers see.
  const extended = visible.find((h) => isShortExtension(best, h) || isShortExtension(h, best));
  if (extended) return extended;
  const onTopic = visible.find((h) => (overlap(h, best) >= 0.5 || isCondensedFrom(h, best)) && h.length >= 10);
  // An h1 that reads as a full headline is the page's own, however differently the SEO title words it
  // ("Wie pflege ich meine Zaubernuss im Winter?" beside "Zaubernuss im Winter » Wann blüht die Hamamelis?").
  // Not on a listing whose several headlines each read so.
  // Only the page's first headline: one after a masthead h1 is a logo's or a teaser's text.
  const first = visible[0];
  const lone =
    first !== undefined &&
    !signals.afterMasthead &&
    first === collapseWhitespace(decodeEntities(signals.visible[0] ?? '')) &&
    visible.filter(isSentenceHeadline).length === 1;
  if (!onTopic) return lone && isSentenceHeadline(first) ? first : best;
  const [h, m] = [compactKey(onTopic), compactKey(best)];
  // "Kuchen von jesusfreak" beside <h1>Kuchen</h1>: the metadata title only adds its author.
  if (best.startsWith(onTopic) && BY_TAIL.test(best.slice(onTopic.length))) return onTopic;
  return h.includes(m) || m.includes(h) ? best : onTopic;
}

/** `long` is `short` plus one or two plain words (no separator) before or after it; `short` has three words or more. */
function isShortExtension(long: string, short: string): boolean {
  const [l, sh] = [long.toLowerCase(), short.toLowerCase()];
  if (sh.split(' ').length < 3 || l.length <= sh.length) return false;
  const extra = l.startsWith(`${sh} `) ? l.slice(sh.length + 1) : l.endsWith(` ${sh}`) ? l.slice(0, l.length - sh.length - 1) : null;
  return extra !== null && /^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)?$/u.test(extra);
}

/**
 * A short headline every word of which the metadata title also uses, whole or inflected ("Blockhaus 3"
 * from "Blockhaus Typ 3 in Ludorf …", "Nachhaltig leben" beside "Nachhaltiger leben"): the same page's
 * name in fewer words, though too few long words for `overlap` to count.
 */
function isCondensedFrom(short: string, title: string): boolean {
  const words = wordsOf(short);
  const titleWords = wordsOf(title);
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    words.every((w) => titleWords.some((t) => t === w || (w.length >= 4 && t.startsWith(w) && t.length - w.length <= 3)))
  );
}

/** Seven words or more, not ending in a full stop (a tagline reads as a sentence). */
function isSentenceHeadline(text: string): boolean {
  return wordCount(text) >= 7 && !/\.$/.test(text);
}

/** The part of `title` before `tail` appears in the text around the headline. */
function kickerShown(title: string, tail: string, context: string): boolean {
  const [t, end] = [compactKey(title), compactKey(tail)];
  const head = t.endsWith(end) ? t.slice(0, t.length - end.length) : '';
  return head.length > 0 && compactKey(context).includes(head);
}

/** A one- or two-word title whose words all recur in a longer headline of at least four words. */
function isSectionOf(short: string, headline: string): boolean {
  const shortWords = short
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const headWords = headline
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return shortWords.length > 0 && shortWords.length <= 2 && headWords.length >= 4 && shortWords.every((w) => headWords.includes(w));
}

/** Share of the smaller title's words found in the other. */
export function overlap(a: string, b: string): number {
  const wa = new Set(
    a
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2),
  );
  const wb = new Set(
    b
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2),
  );
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared < 2 ? 0 : shared / Math.min(wa.size, wb.size);
}
