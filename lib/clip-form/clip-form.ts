import type { AttributionStyle } from '../attribution/propose-attribution';
import type { PageMetadata } from '../extract/page-metadata';
import type { NewClip } from '../model/clip';
import type { ClipForm, PageTraits } from '../model/clip-draft';
import { briefStarter } from '../roundup/brief-starter';
import { linkProblem } from '../roundup/link-problem';
import { editLinkForm, type LinkField, linkOf, proposedAttribution } from './link-form';

export type EditableField = LinkField | 'section' | 'kind' | 'commentary';

/** Drafts are kept under the page's canonical URL (its address when it has none): the popup's and the menu's key. */
export function draftKeyOf(page: Pick<PageMetadata, 'canonicalUrl' | 'url'>): string {
  return page.canonicalUrl || page.url || 'untitled';
}

export function formFromPage(page: PageMetadata, section: string, style?: AttributionStyle): ClipForm {
  const url = page.canonicalUrl || page.url;
  const traits: PageTraits = { kind: page.kind, ...(page.event ? { event: page.event } : {}), ...(page.job ? { job: page.job } : {}) };
  const form: ClipForm = {
    title: page.title,
    url,
    authors: page.authors.join(', '),
    source: page.source ?? '',
    attribution: '',
    attributionEdited: false,
    section,
    kind: 'link',
    commentary: '',
    page: traits,
    ...(style ? { style } : {}),
    ...(page.url && page.url !== url ? { clippedUrl: page.url } : {}),
  };
  return { ...form, attribution: proposedAttribution(form, traits, style) };
}

/**
 * Applies one edit; switching an empty clip to a brief starts its text as
 * `[Title](url).` to write around. While the brief's text is still that
 * starter, it follows the title and URL; once the editor edits the text, the
 * text is theirs (issue #9).
 */
export function updateForm(form: ClipForm, field: EditableField, value: string): ClipForm {
  if (field === 'section' || field === 'kind' || field === 'commentary') {
    const next = { ...form, [field]: value } as ClipForm;
    if (field === 'kind' && value === 'brief' && form.commentary.trim() === '') next.commentary = briefStarter(form.title, form.url);
    return next;
  }
  const next = editLinkForm(form, field, value, form.page, form.style);
  if ((field === 'title' || field === 'url') && briefStillStarter(form)) next.commentary = briefStarter(next.title, next.url);
  return next;
}

/** A brief whose text is still exactly the starter of its title and URL: the editor has not written it yet. */
export function briefStillStarter(form: Pick<ClipForm, 'kind' | 'commentary' | 'title' | 'url'>): boolean {
  return form.kind === 'brief' && form.commentary.trim() === briefStarter(form.title, form.url);
}

/**
 * Files the clip in `section`. A section made of briefs (Random) turns a link
 * item into a brief; leaving it again with the brief still untouched turns it
 * back, so trying a section out costs the editor nothing.
 */
export function fileInSection(form: ClipForm, section: string, briefSections: readonly string[]): ClipForm {
  const next = updateForm(form, 'section', section);
  const toBriefs = briefSections.includes(section);
  if (toBriefs && form.kind === 'link') return updateForm(next, 'kind', 'brief');
  if (!toBriefs && briefStillStarter(form)) {
    return { ...next, kind: 'link', commentary: '' };
  }
  return next;
}

/** What stops the form from being added, in the editor's words; empty when it can be added. */
export function formProblems(form: ClipForm): string[] {
  const problems: string[] = [];
  if (form.kind === 'note') {
    if (!form.commentary.trim()) problems.push('A note needs some text in Commentary.');
    return problems;
  }
  if (!form.title.trim()) problems.push('Give the clip a title.');
  const link = linkFieldProblem(form.url);
  if (link) problems.push(link);
  if (!form.section) problems.push('Pick a section.');
  return problems;
}

/**
 * What is wrong with the Link field, shown on the field as the editor types;
 * null when the export will take it. The same rule the export applies.
 */
export function linkFieldProblem(url: string): string | null {
  return linkProblem(url);
}

export function clipFromForm(form: ClipForm, issueId: number): NewClip {
  const hasLink = form.url.trim() !== '' && form.title.trim() !== '';
  return {
    issueId,
    section: form.section,
    kind: form.kind,
    links: hasLink ? [linkOf(form, form.clippedUrl)] : [],
    commentary: form.commentary.trim(),
  };
}
