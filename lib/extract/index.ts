// Entry point of the extractor: reads a page's metadata signals, decides title,
// authors and source by explicit precedence and agreement, and only runs the
// (slow) Readability parse when metadata leaves one of them open. Pure: the passed
// document is never modified, and nothing outside it is read.

import { chooseAuthors } from './author-choice';
import { nameKey } from './authors';
import { canonicalUrl } from './canonical-url';
import { eventDetails } from './event-details';
import { chooseExcerpt } from './excerpt';
import { hostOf } from './host';
import { isHostSpelling, spelledHostName } from './host-spelling';
import { jobDetails } from './job-details';
import { findByType, stringProp, typesOf } from './json-ld';
import { pageKind } from './page-kind';
import type { PageMetadata } from './page-metadata';
import { isNamedAfter } from './personal-site';
import { choosePublishedTime } from './published-time';
import { countElements, type ReadabilitySignal, runReadability } from './readability-signal';
import { type PageSignals, readSignals } from './signals';
import { isSiteName } from './site-name-match';
import { chooseSource, type SourceCandidate, sourceFromHost } from './source';
import { sourceCandidates } from './source-candidates';
import { compactKey, plainText } from './text';
import { chooseTitle } from './title';
import { copyrightHolder } from './visible-authors';
import { countWords, estimateWordCount } from './word-count';

export type { PageMetadata } from './page-metadata';

interface Decision {
  title: string;
  authors: string[];
  source: string | null;
  /** The site is the author's own: no publication to cite. */
  personal: boolean;
  /** Some author is a person, not the site signing its own piece. */
  namesPerson: boolean;
}

function decide(signals: PageSignals, candidates: SourceCandidate[], host: string, readability: ReadabilitySignal | null): Decision {
  const allCandidates = readability?.siteName ? [...candidates, { name: readability.siteName, weight: 1 }] : candidates;
  let source = chooseSource(allCandidates, host, signals.metaTitles, signals.visibleTitles);
  // A "site name" as long as a headline (some pages put the full title in isPartOf) is not one.
  // A weak "publisher" that is a person named as author (dc.publisher = the writer) is no site name.
  const personKeys = new Set(
    signals.authorSignals
      .filter((s) => s.structured)
      .flatMap((s) => s.names)
      .filter((n) => /^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}.]*)+$/u.test(n.trim()))
      .map(nameKey),
  );
  const isPersonCandidate = (c: SourceCandidate) => c.weight < 3 && c.name !== source && personKeys.has(nameKey(c.name));
  const siteNames = [
    ...(source ? [source] : []),
    ...allCandidates.filter((c) => !c.fromTitle && c.name.split(' ').length <= 6 && !isPersonCandidate(c)).map((c) => c.name),
  ];
  const authorSignals = readability?.byline
    ? [...signals.authorSignals, { from: 'readability', names: [readability.byline], structured: false }]
    : signals.authorSignals;
  const authors = chooseAuthors(authorSignals, siteNames, host);
  // A personal site: the "publication" is the author, as JSON-LD's Person publisher says.
  // So is a site named after its author ("Daniel Lemire's blog"): one attribution, no doubling.
  const sourceKey = nameKey(source ?? '');
  const personal =
    source !== null &&
    (signals.jsonLdPeople.some((p) => nameKey(p) === sourceKey) || authors.some((a) => sourceKey !== nameKey(a) && isNamedAfter(source ?? '', a)));
  if (personal) source = null;
  const metaTitles = readability?.title ? [...signals.metaTitles, readability.title] : signals.metaTitles;
  // A source that only a leading <title> segment names, and that an h1 repeats, is a guess ("Ben Wilson Surf -
  // Point of Sail - …" over <h1>Ben Wilson Surf</h1>): the segment is the headline, not the site.
  const named = allCandidates.filter((c) => !c.fromTitle).map((c) => c.name);
  const titleKey = compactKey(signals.metaTitles[signals.metaTitles.length - 1] ?? '');
  const sourceCompact = compactKey(source ?? '');
  const guessed =
    source !== null &&
    siteNames[0] === source &&
    !isSiteName(source, named, host) &&
    !titleKey.endsWith(sourceCompact) &&
    signals.visibleTitles.some((h) => compactKey(h) === sourceCompact);
  // A live blog's h1 is its running banner ("UK riots LIVE: …"), kept while the story moves on; og:title
  // names the story the page is shared as now.
  const live = signals.main !== null && typesOf(signals.main).includes('LiveBlogPosting') && signals.meta.first('og:title') !== null;
  const title = chooseTitle(
    live
      ? { meta: metaTitles, visible: [] }
      : {
          meta: metaTitles,
          visible: signals.visibleTitles,
          pieces: signals.headlinePieces,
          context: signals.headlineContext,
          afterMasthead: signals.mastheadFirst,
        },
    guessed ? siteNames.slice(1) : siteNames,
    host,
  );
  const namesPerson = authors.some((a) => !isSiteName(a, siteNames, host));
  return { title, authors, source, personal, namesPerson };
}

function language(document: Document, signals: PageSignals): string | null {
  const lang = document.documentElement?.getAttribute('lang')?.trim();
  if (lang) return lang;
  const locale = signals.meta.first('og:locale', 'content-language', 'dc.language', 'language');
  return locale ? locale.replace('_', '-') : null;
}

export function extractPageMetadata(document: Document, url: string): PageMetadata {
  const host = hostOf(url);
  const signals = readSignals(document, url);
  const { meta, jsonLd, main } = signals;
  const kind = pageKind(jsonLd, meta);
  // A masthead h1 names the site as a logo's alt text does.
  const candidates = [...sourceCandidates(document, meta, jsonLd, main), ...signals.mastheads.map((name) => ({ name, weight: 1 }))];
  let readability: ReadabilitySignal | null = null;
  let decision = decide(signals, candidates, host, null);
  // Readability's byline is worth its cost when no person is named yet (only the site signs).
  if (!decision.title || !decision.namesPerson || !decision.source) {
    readability = runReadability(document, countElements(document));
    if (readability) decision = decide(signals, candidates, host, readability);
  }
  // Last resort: a personal site that signs only its footer ("© 2019 Jane Doe").
  if (!decision.namesPerson) {
    const holder = copyrightHolder(document);
    if (holder.length > 0) {
      const authorSignals = [...signals.authorSignals, { from: 'copyright', names: holder, structured: false }];
      decision = decide({ ...signals, authorSignals }, candidates, host, readability);
    }
  }
  const job = kind === 'job' ? findByType(jsonLd, 'JobPosting') : null;
  const event = kind === 'event' ? (jsonLd.nodes.find((n) => /Event$/.test(String(n['@type']))) ?? null) : null;
  const title = job ? plainText(stringProp(job, 'title')) || decision.title : decision.title;
  const named = decision.source ?? (decision.personal || !host ? null : sourceFromHost(host));
  const source = named && isHostSpelling(named, host) ? (spelledHostName(document.body?.textContent ?? '', host) ?? named) : named;
  const jsonLdWords = main ? Number(stringProp(main, 'wordCount')) : NaN;
  const metadata: PageMetadata = {
    url,
    canonicalUrl: canonicalUrl(document, url),
    title,
    authors: decision.authors,
    source,
    excerpt: chooseExcerpt(
      [
        meta.first('og:description', 'description', 'twitter:description', 'dc.description'),
        main ? stringProp(main, 'description') : null,
        readability?.excerpt,
      ],
      document,
    ),
    publishedTime: choosePublishedTime([
      meta.first('article:published_time', 'citation_publication_date', 'citation_date', 'citation_online_date'),
      main ? stringProp(main, 'datePublished') : null,
      meta.first('parsely-pub-date', 'sailthru.date', 'dc.date', 'dcterms.date', 'date', 'pubdate', 'datepublished', 'og:published_time'),
      document.querySelector('time[datetime]')?.getAttribute('datetime'),
      readability?.publishedTime,
    ]),
    lang: language(document, signals),
    wordCount: Number.isFinite(jsonLdWords) && jsonLdWords > 0 ? jsonLdWords : readability ? countWords(readability.textContent) : estimateWordCount(document),
    kind,
  };
  if (job) metadata.job = jobDetails(jsonLd, job);
  if (event) metadata.event = eventDetails(jsonLd, event);
  return metadata;
}
