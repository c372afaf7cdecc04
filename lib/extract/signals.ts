// The metadata signals read once per page (meta tags, JSON-LD, visible bylines and
// headlines), before any decision, so every rule sees the same evidence.

import type { AuthorSignal } from './author-choice';
import { reorderLastFirst } from './authors';
import { type JsonLd, type JsonLdNode, mainNode, namesIn, readJsonLd, stringProp } from './json-ld';
import { type MetaTags, readMetaTags } from './meta-tags';
import { collapseWhitespace, compactKey, elementText, spacedText } from './text';
import { visibleAuthorSignals } from './visible-authors';

export interface PageSignals {
  meta: MetaTags;
  jsonLd: JsonLd;
  main: JsonLdNode | null;
  authorSignals: AuthorSignal[];
  /** Names JSON-LD types as Person (to recognise a personal site). */
  jsonLdPeople: string[];
  metaTitles: string[];
  visibleTitles: string[];
  /** The separate pieces of multi-part headlines (kicker, headline). */
  headlinePieces: string[];
  /** Text of the first h1's parent block without the h1: shows whether a kicker is printed beside the headline. */
  headlineContext: string;
  /** Text of h1s that only link to the site's home (or a section above the page): the masthead names the site. */
  mastheads: string[];
  /** The first h1 is such a masthead. */
  mastheadFirst: boolean;
}

function isProfileUrl(value: string): boolean {
  return /^(?:https?:)?\/\//i.test(value) || /^\/[\w-]/.test(value);
}

/**
 * The pieces of a headline built of several (a kicker span, a <br>, the headline
 * proper): "Schlachtbetriebe<br>Das harte Geschäft …" offers
 * "Das harte Geschäft …" so that it can match og:title on its own.
 */
function headlinePiecesOf(h: Element): string[] {
  let element = h;
  while (element.children.length === 1 && elementText(element.children[0]) === elementText(element)) element = element.children[0] as Element;
  const pieces = [...element.childNodes].map((n) => collapseWhitespace(n.textContent ?? '')).filter((t) => /[\p{L}\p{N}]/u.test(t));
  return pieces.length > 1 ? pieces : [];
}

/** The URL without query and fragment, or null when it does not parse. */
function pathUrl(href: string, base: string): string | null {
  try {
    const url = new URL(href, base);
    return `${url.origin}${url.pathname}`;
  } catch {
    return null;
  }
}

/**
 * "<h1><a href="/" rel="home">Site</a></h1>" above the article: an h1 that is one link to the
 * home page (rel=home, or a folder the page's own URL lies under) is the masthead, not the headline.
 */
function isMasthead(h: Element, url: string): boolean {
  const links = h.querySelectorAll('a[href]');
  const link = links.length === 1 ? links[0] : undefined;
  if (!link || elementText(link) !== elementText(h)) return false;
  if (/(?:^|\s)home(?:\s|$)/i.test(link.getAttribute('rel') ?? '')) return true;
  const [href, here] = [pathUrl(link.getAttribute('href') ?? '', url), pathUrl(url, url)];
  return href !== null && here !== null && href !== here && href.endsWith('/') && here.startsWith(href);
}

const BREADCRUMB = '[itemtype*="BreadcrumbList"], [class*="breadcrumb" i], [id*="breadcrumb" i], [aria-label*="breadcrumb" i]';

export function readSignals(document: Document, url = ''): PageSignals {
  const meta = readMetaTags(document);
  const jsonLd = readJsonLd(document);
  const main = mainNode(jsonLd);
  const jsonLdAuthors = main ? namesIn(jsonLd, main.author ?? main.creator) : [];
  const visible = visibleAuthorSignals(document);
  const metaSignal = (key: string): AuthorSignal => ({
    from: key,
    names: meta.all(key).filter((v) => !isProfileUrl(v)),
    structured: true,
  });
  const authorSignals: AuthorSignal[] = [
    { from: 'citation_author', names: meta.all('citation_author').map(reorderLastFirst), structured: true },
    { from: 'json-ld', names: jsonLdAuthors.filter((a) => !a.isOrganization).map((a) => a.name), structured: true },
    ...['parsely-author', 'sailthru.author', 'article:author', 'byl', 'author', 'dc.creator', 'dcterms.creator'].map(metaSignal),
    { from: 'microdata', names: visible.microdata, structured: false },
    { from: 'rel-author', names: visible.relAuthor, structured: false },
    { from: 'byline', names: visible.byline, structured: false, firstOnly: true },
    { from: 'by-paragraph', names: visible.byParagraph, structured: false },
    { from: 'signature', names: visible.signature, structured: false },
    { from: 'post-author-comment', names: visible.postAuthorComment, structured: false },
    { from: 'label-in-text', names: visible.labelInText, structured: false },
    { from: 'json-ld-organization', names: jsonLdAuthors.filter((a) => a.isOrganization).map((a) => a.name), structured: false },
  ];
  const jsonLdPeople = main
    ? namesIn(jsonLd, main.publisher)
        .filter((p) => !p.isOrganization)
        .map((p) => p.name)
    : [];
  const metaTitles = [
    meta.first('og:title'),
    main ? stringProp(main, 'headline') : null,
    meta.first('twitter:title'),
    meta.first('citation_title'),
    meta.first('dc.title', 'dcterms.title'),
    meta.first('parsely-title', 'sailthru.title'),
    elementText(document.querySelector('title')),
  ].filter((t): t is string => Boolean(t));
  const h1s = [...document.querySelectorAll('h1, [itemprop~="headline"]:not(meta)')].slice(0, 4);
  // Unless og:title or the JSON-LD headline ends with its text: then it is the headline, linked home by the theme.
  const articleTitles = [meta.first('og:title'), main ? stringProp(main, 'headline') : null].map((t) => compactKey(t ?? ''));
  const endsTitle = (h: Element) => {
    const key = compactKey(elementText(h));
    return key.length > 0 && articleTitles.some((t) => t.endsWith(key));
  };
  const mastheads = url ? h1s.filter((h) => isMasthead(h, url) && !endsTitle(h)) : [];
  // An h1 set as the last step of a breadcrumb trail names the page for navigation; when the article
  // shows a headline of its own elsewhere, that one is the headline.
  const inTrail = (h: Element) => Boolean(h.closest('li')?.closest(BREADCRUMB));
  const own = h1s.filter((h) => !mastheads.includes(h));
  const headlines = own.some((h) => !inTrail(h)) ? own.filter((h) => !inTrail(h)) : own;
  const visibleTitles = headlines.map((h) => elementText(h));
  const headlinePieces = headlines.flatMap(headlinePiecesOf);
  const h1 = document.querySelector('h1');
  const headlineContext = spacedText(h1?.parentElement, 300).replace(spacedText(h1, 300), ' ');
  return {
    meta,
    jsonLd,
    main,
    authorSignals,
    jsonLdPeople,
    metaTitles,
    visibleTitles,
    headlinePieces,
    headlineContext,
    mastheads: mastheads.map((h) => elementText(h)).filter(Boolean),
    mastheadFirst: h1s[0] !== undefined && mastheads.includes(h1s[0]),
  };
}
