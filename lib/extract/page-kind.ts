// The kind decides how the attribution is proposed (jobs and events have their own
// shapes, papers use "et al."), so it comes from explicit markup only: schema types,
// Highwire citation tags, og:type.

import { type JsonLd, typesOf } from './json-ld';
import type { MetaTags } from './meta-tags';
import type { PageKind } from './page-metadata';

export function pageKind(jsonLd: JsonLd, meta: MetaTags): PageKind {
  const types = new Set(jsonLd.nodes.flatMap(typesOf));
  if (types.has('JobPosting')) return 'job';
  if ([...types].some((t) => /Event$/.test(t))) return 'event';
  if (types.has('ScholarlyArticle') || types.has('MedicalScholarlyArticle')) return 'paper';
  if (
    meta.first('citation_title') &&
    meta.first('citation_journal_title', 'citation_conference_title', 'citation_doi', 'citation_arxiv_id', 'citation_pdf_url')
  )
    return 'paper';
  if ([...types].some((t) => /(?:Article|BlogPosting|Posting)$/.test(t))) return 'article';
  const ogType = meta.first('og:type')?.toLowerCase();
  if (ogType === 'article' || ogType?.startsWith('article')) return 'article';
  return 'page';
}
