import { proposeAttribution } from './attribution/propose-attribution';
import type { ClipKind, NewClip } from './clip';
import type { PageMetadata } from './extract/page-metadata';

/** What the page said about itself that the attribution proposal needs beyond authors and source. */
export type PageTraits = Pick<PageMetadata, 'kind' | 'event' | 'job'>;

/**
 * The Clip view's fields exactly as the editor sees them (authors as typed),
 * persisted as a draft on every keystroke.
 */
export interface ClipForm {
  title: string;
  url: string;
  authors: string;
  source: string;
  attribution: string;
  /** True once the editor typed their own attribution; until then it follows authors and source. */
  attributionEdited: boolean;
  section: string;
  kind: ClipKind;
  commentary: string;
  page: PageTraits;
}

/** A form in progress, stored under the page's canonical URL. */
export interface ClipDraft {
  key: string;
  form: ClipForm;
  updatedAt: number;
}

export type EditableField = Exclude<keyof ClipForm, 'attributionEdited' | 'page'>;

export function formFromPage(page: PageMetadata, section: string): ClipForm {
  const form: ClipForm = {
    title: page.title,
    url: page.canonicalUrl || page.url,
    authors: page.authors.join(', '),
    source: page.source ?? '',
    attribution: '',
    attributionEdited: false,
    section,
    kind: 'link',
    commentary: '',
    page: { kind: page.kind, ...(page.event ? { event: page.event } : {}), ...(page.job ? { job: page.job } : {}) },
  };
  return { ...form, attribution: proposedAttribution(form) };
}

/** Names typed in the Authors field, separated by commas or semicolons. */
export function parseAuthors(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function proposedAttribution(form: ClipForm): string {
  const source = form.source.trim();
  return proposeAttribution({ ...form.page, authors: parseAuthors(form.authors), source: source || null });
}

/**
 * Applies one edit. Attribution follows authors and source until the editor
 * types their own; clearing it hands it back to the proposal. Switching an
 * empty clip to a brief starts its text as `[Title](url).` to write around.
 */
export function updateForm(form: ClipForm, field: EditableField, value: string): ClipForm {
  const next: ClipForm = { ...form, [field]: value };
  if (field === 'attribution') {
    next.attributionEdited = value.trim() !== '';
    if (!next.attributionEdited) next.attribution = proposedAttribution(next);
  } else if ((field === 'authors' || field === 'source') && !form.attributionEdited) {
    next.attribution = proposedAttribution(next);
  } else if (field === 'kind' && value === 'brief' && form.commentary.trim() === '') {
    next.commentary = briefStarter(form.title, form.url);
  }
  return next;
}

/** `[Title](url).` with the characters that would break the link escaped. */
export function briefStarter(title: string, url: string): string {
  const text = title.replace(/([\\[\]])/g, '\\$1');
  const href = /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
  return `[${text}](${href}).`;
}

/** What stops the form from being added, in the editor's words; empty when it can be added. */
export function formProblems(form: ClipForm): string[] {
  const problems: string[] = [];
  if (form.kind === 'note') {
    if (!form.commentary.trim()) problems.push('A note needs some text in Commentary.');
    return problems;
  }
  if (!form.title.trim()) problems.push('Give the clip a title.');
  if (!/^(https?:|mailto:)/i.test(form.url.trim())) problems.push('The link must start with http://, https:// or mailto:.');
  if (!form.section) problems.push('Pick a section.');
  return problems;
}

export function clipFromForm(form: ClipForm, issueId: number): NewClip {
  const source = form.source.trim();
  const hasLink = form.url.trim() !== '' && form.title.trim() !== '';
  return {
    issueId,
    section: form.section,
    kind: form.kind,
    links: hasLink
      ? [{
          title: form.title.trim(),
          url: form.url.trim(),
          authors: parseAuthors(form.authors),
          source: source || null,
          attribution: form.attribution.trim(),
        }]
      : [],
    commentary: form.commentary.trim(),
  };
}
