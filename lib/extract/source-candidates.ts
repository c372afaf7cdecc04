// Every place a page names its publication, as weighted votes for chooseSource.
// Weights reflect how often each place holds the name readers cite (og:site_name and
// the JSON-LD publisher usually do; a logo's alt text or a title suffix sometimes does).

import { isNode, type JsonLd, type JsonLdNode, namesIn, stringProp, typesOf } from './json-ld';
import type { MetaTags } from './meta-tags';
import type { SourceCandidate } from './source';
import { collapseWhitespace } from './text';

/** The short end segments of a "Headline | Site" title; the last is the usual place. */
function titleAffixes(title: string): SourceCandidate[] {
  const parts = collapseWhitespace(title).split(/\s+[|–—·•»:-]\s+|\s*\|\s*/);
  if (parts.length < 2) return [];
  const short = (p: string | undefined) => p !== undefined && p.split(' ').length <= 5;
  // "Site » Blog Archive » Headline" reads as a breadcrumb, from the site down to the page: the first
  // segment is then the likelier site name.
  const [lastWeight, firstWeight] = /\s[»›>]\s/.test(title) ? [0.5, 1] : [1, 0.5];
  const out: SourceCandidate[] = [];
  if (short(parts[parts.length - 1])) out.push({ name: parts[parts.length - 1] ?? '', weight: lastWeight, fromTitle: true });
  if (short(parts[0])) out.push({ name: parts[0] ?? '', weight: firstWeight, fromTitle: true });
  return out;
}

export function sourceCandidates(document: Document, meta: MetaTags, jsonLd: JsonLd, main: JsonLdNode | null): SourceCandidate[] {
  const out: SourceCandidate[] = [];
  const add = (name: string | null | undefined, weight: number) => {
    if (name) out.push({ name, weight });
  };
  add(meta.first('citation_journal_title'), 5);
  add(meta.first('citation_conference_title'), 5);
  add(meta.first('og:site_name'), 3);
  add(meta.first('application-name'), 2);
  add(meta.first('apple-mobile-web-app-title'), 1.5);
  add(meta.first('al:ios:app_name', 'al:android:app_name', 'twitter:app:name:iphone'), 1);
  add(meta.first('dc.publisher', 'dcterms.publisher', 'citation_publisher'), 1.5);
  if (main) {
    for (const publisher of namesIn(jsonLd, main.publisher)) add(publisher.name, 3);
    const partOf = jsonLd.resolve(main.isPartOf);
    if (isNode(partOf)) add(stringProp(partOf, 'name'), 1.5);
  }
  const site = jsonLd.nodes.find((n) => typesOf(n).includes('WebSite'));
  if (site) add(stringProp(site, 'name'), 2);
  const org = jsonLd.nodes.find((n) => typesOf(n).some((t) => /NewsMediaOrganization|Organization$/.test(t)));
  if (org) add(stringProp(org, 'name'), 1);
  out.push(...titleAffixes(document.querySelector('title')?.textContent ?? ''));
  const logo = document.querySelector('header img[alt][class*="logo" i], img[alt][class*="logo" i], [class*="logo" i] img[alt]');
  add(
    logo
      ?.getAttribute('alt')
      ?.replace(/\s*\blogo\b\s*/i, ' ')
      .trim(),
    1,
  );
  return out;
}
