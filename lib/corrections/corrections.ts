// Fixes the editor made to what extraction proposed, remembered per site (issue #12,
// item 3). Pure: which fields were corrected, and a form with remembered fixes applied.
// The popup applies them on top of extraction; `extractPageMetadata` (and so
// `npm run eval`) never sees them.

import { editLinkForm, parseAuthors, proposedAttribution } from '../clip-form/link-form';
import type { ClipForm } from '../model/clip-draft';
import { type Correction, type CorrectionKey, type NewCorrection, sameCorrectionKey } from '../model/correction';

/** The attribution the form would propose for its own authors and source. */
function proposalOf(form: ClipForm): string {
  return proposedAttribution(form, form.page, form.style);
}

/**
 * What the editor corrected between the form extraction gave (`extracted`) and
 * the form added (`final`), on `site`:
 * - Source replaced (or cleared);
 * - an author's name replaced, name by name when the list keeps its length;
 *   names dropped (and none added) map to '';
 * - an attribution the editor typed that differs from the one proposed for the
 *   final authors and source: it replaces that proposal.
 */
export function correctionsFrom(extracted: ClipForm, final: ClipForm, site: string): NewCorrection[] {
  const found: NewCorrection[] = [];
  const [from, to] = [extracted.source.trim(), final.source.trim()];
  if (from !== to) found.push({ site, field: 'source', from, to });

  const before = parseAuthors(extracted.authors);
  const after = parseAuthors(final.authors);
  if (before.length === after.length) {
    before.forEach((name, i) => {
      const renamed = after[i] ?? name;
      if (renamed !== name) found.push({ site, field: 'author', from: name, to: renamed });
    });
  } else if (after.length < before.length && after.every((name) => before.includes(name))) {
    for (const name of before) if (!after.includes(name)) found.push({ site, field: 'author', from: name, to: '' });
  }

  const attribution = final.attribution.trim();
  const proposal = proposalOf(final);
  if (final.attributionEdited && attribution !== '' && attribution !== proposal) {
    found.push({ site, field: 'attribution', from: proposal, to: attribution });
  }
  return found;
}

export interface CorrectedForm {
  form: ClipForm;
  /** The corrections that changed the form, in the order applied. */
  applied: Correction[];
}

/**
 * The form with the site's remembered corrections applied: author names first,
 * then the Source (the attribution follows both, as when typed), then an
 * attribution correction whose `from` is the proposal the form now shows.
 */
export function applyCorrections(form: ClipForm, corrections: readonly Correction[]): CorrectedForm {
  const applied: Correction[] = [];
  let next = form;
  const find = (field: Correction['field'], from: string) => corrections.find((c) => c.field === field && c.from === from);

  const names = parseAuthors(next.authors).flatMap((name) => {
    const fix = find('author', name);
    if (!fix || fix.to === name) return [name];
    applied.push(fix);
    return fix.to ? [fix.to] : [];
  });
  if (applied.length) next = editLinkForm(next, 'authors', names.join(', '), next.page, next.style);

  const source = find('source', next.source.trim());
  if (source && source.to !== next.source.trim()) {
    next = editLinkForm(next, 'source', source.to, next.page, next.style);
    applied.push(source);
  }

  const attribution = next.attributionEdited ? undefined : find('attribution', next.attribution.trim());
  if (attribution && attribution.to !== '' && attribution.to !== next.attribution.trim()) {
    next = editLinkForm(next, 'attribution', attribution.to, next.page, next.style);
    applied.push(attribution);
  }
  return { form: next, applied };
}

/**
 * The form with one remembered correction taken back ("Forget"): the field
 * returns to what `extracted` had, as long as it still shows the correction;
 * anything the editor typed over it since stays.
 */
export function withoutCorrection(form: ClipForm, correction: CorrectionKey & { to: string }, extracted: ClipForm): ClipForm {
  const edit = (field: 'authors' | 'source' | 'attribution', value: string) => editLinkForm(form, field, value, form.page, form.style);
  switch (correction.field) {
    case 'source':
      return form.source.trim() === correction.to ? edit('source', correction.from) : form;
    case 'attribution':
      return form.attributionEdited && form.attribution.trim() === correction.to ? edit('attribution', '') : form;
    case 'author': {
      const names = parseAuthors(form.authors);
      if (correction.to !== '') {
        const at = names.indexOf(correction.to);
        if (at < 0) return form;
        names[at] = correction.from;
        return edit('authors', names.join(', '));
      }
      if (names.includes(correction.from)) return form;
      const at = Math.min(parseAuthors(extracted.authors).indexOf(correction.from), names.length);
      names.splice(at < 0 ? names.length : at, 0, correction.from);
      return edit('authors', names.join(', '));
    }
  }
}

/** Corrections in `found` that are not already remembered exactly so: the ones worth writing. */
export function newCorrections(found: readonly NewCorrection[], remembered: readonly Correction[]): NewCorrection[] {
  return found.filter((c) => !remembered.some((r) => sameCorrectionKey(r, c) && r.to === c.to));
}
