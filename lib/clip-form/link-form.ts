import { type AttributionStyle, proposeAttribution } from '../attribution/propose-attribution';
import type { ClipLink } from '../model/clip';
import type { LinkForm, PageTraits } from '../model/clip-draft';

export type LinkField = 'title' | 'url' | 'authors' | 'source' | 'attribution';

/** Names typed in the Authors field, separated by commas or semicolons. */
export function parseAuthors(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

export function proposedAttribution(form: Pick<LinkForm, 'authors' | 'source'>, page: PageTraits = { kind: 'article' }, style?: AttributionStyle): string {
  const source = form.source.trim();
  return proposeAttribution({ ...page, authors: parseAuthors(form.authors), source: source || null }, style);
}

/**
 * Applies one edit. Attribution follows authors and source until the editor
 * types their own; clearing it hands it back to the proposal.
 */
export function editLinkForm<T extends LinkForm>(form: T, field: LinkField, value: string, page?: PageTraits, style?: AttributionStyle): T {
  const next: T = { ...form, [field]: value };
  if (field === 'attribution') {
    next.attributionEdited = value.trim() !== '';
    if (!next.attributionEdited) next.attribution = proposedAttribution(next, page, style);
  } else if ((field === 'authors' || field === 'source') && !form.attributionEdited) {
    next.attribution = proposedAttribution(next, page, style);
  }
  return next;
}

/** A stored link as an editable form; its attribution "follows" if it is still the proposal. */
export function linkFormOf(link: ClipLink): LinkForm {
  const form = { title: link.title, url: link.url, authors: link.authors.join(', '), source: link.source ?? '', attribution: link.attribution };
  return { ...form, attributionEdited: link.attribution !== proposedAttribution(form) };
}

export function linkOf(form: LinkForm, clippedUrl?: string): ClipLink {
  const source = form.source.trim();
  const url = form.url.trim();
  return {
    title: form.title.trim(),
    url,
    authors: parseAuthors(form.authors),
    source: source || null,
    attribution: form.attribution.trim(),
    ...(clippedUrl && clippedUrl !== url ? { clippedUrl } : {}),
  };
}
