import { clipEditOf, flattenClipEdit, pickEdit } from '../merge/clip-merge';
import { adoptedFields, rebasedBase } from '../merge/rebase-fields';
import type { Clip, ClipEdit, ClipLink } from '../model/clip';
import type { LinkForm } from '../model/clip-draft';
import { subtitleChoiceOf } from '../queue/subtitle';
import { type LinkField, linkFormOf, linkOf, proposedAttribution } from './link-form';

export interface QueueEditLink {
  form: LinkForm;
  clippedUrl?: string;
}

/** The Queue editor's fields exactly as the editor sees them (authors as typed, not yet a list). */
export interface QueueEditForm {
  links: QueueEditLink[];
  commentary: string;
  label: string;
  inSubtitle: boolean;
  /** "In subtitle" is the editor's: typing a first label no longer ticks it. */
  inSubtitleChosen: boolean;
  holdForNextWeek: boolean;
}

/**
 * An open Queue editor: what it shows, `base` (the stored fields it was typed
 * against, per field) and the revision it last read, so a save can be merged
 * and a newer revision from another page recognised.
 */
export interface QueueEditing {
  form: QueueEditForm;
  base: ClipEdit;
  rev: number;
}

const linkFieldsOf = (links: readonly ClipLink[]): QueueEditLink[] => links.map((l) => ({ form: linkFormOf(l), clippedUrl: l.clippedUrl }));

export const queueEditFormOf = (clip: Clip): QueueEditForm => ({
  links: linkFieldsOf(clip.links),
  commentary: clip.commentary,
  ...subtitleChoiceOf(clip),
  holdForNextWeek: clip.holdForNextWeek ?? false,
});

export const startQueueEditing = (clip: Clip): QueueEditing => ({ form: queueEditFormOf(clip), base: pickEdit(clip), rev: clip.rev });

export const linksOfForm = (links: readonly QueueEditLink[]): ClipLink[] => links.map((l) => linkOf(l.form, l.clippedUrl));

/** The form as a clip edit, as it is saved. */
export function clipEditOfForm(form: QueueEditForm): ClipEdit {
  return {
    links: linksOfForm(form.links),
    commentary: form.commentary,
    label: form.label,
    inSubtitle: form.inSubtitle,
    inSubtitleChosen: form.inSubtitleChosen,
    holdForNextWeek: form.holdForNextWeek,
  };
}

const perLinkOf = (...edits: ClipEdit[]) => new Set(edits.map((e) => e.links?.length)).size === 1;

/** One stored link field into the form's words (authors as typed text). */
function withLinkField(form: LinkForm, field: LinkField, value: unknown): LinkForm {
  if (field === 'authors') return { ...form, authors: Array.isArray(value) ? value.join(', ') : '' };
  if (field === 'source') return { ...form, source: typeof value === 'string' ? value : '' };
  const next = { ...form, [field]: typeof value === 'string' ? value : '' };
  // A stored attribution is "the editor's own" unless it is still the proposal, as when the form first opened.
  return field === 'attribution' ? { ...next, attributionEdited: next.attribution !== proposedAttribution(next) } : next;
}

/**
 * The form with the stored values of the fields it has not changed since
 * `since` (what it held when a save started, or its base). A field typed in
 * since keeps its text, caret and all.
 */
export function adoptStored(form: QueueEditForm, since: ClipEdit, stored: ClipEdit): QueueEditForm {
  const mine = clipEditOfForm(form);
  const perLink = perLinkOf(mine, since, stored);
  const adopted = adoptedFields(flattenClipEdit(mine, perLink), flattenClipEdit(since, perLink), flattenClipEdit(stored, perLink));
  let next: QueueEditForm = { ...form };
  for (const [field, value] of Object.entries(adopted)) {
    const path = /^links\.(\d+)\.(\w+)$/.exec(field);
    if (field === 'links') next.links = linkFieldsOf(value as ClipLink[]);
    else if (path) {
      const index = Number(path[1]);
      next.links = next.links.map((l, i) => (i === index ? { ...l, form: withLinkField(l.form, path[2] as LinkField, value) } : l));
    } else next = { ...next, [field]: value };
  }
  return next;
}

/** The base after reading `stored`: fields the editor has not changed follow it (see `rebasedBase`). */
export function baseAfterRead(base: ClipEdit, form: QueueEditForm, stored: ClipEdit): ClipEdit {
  const mine = clipEditOfForm(form);
  const perLink = perLinkOf(mine, base, stored);
  const fields = rebasedBase(flattenClipEdit(base, perLink), flattenClipEdit(mine, perLink), flattenClipEdit(stored, perLink));
  return clipEditOf({ links: stored.links ?? [] }, fields);
}

/**
 * The editor as it should show `clip` from the live query: a newer revision
 * (another page saved) updates every field without an unsaved change; an
 * older or the same revision changes nothing.
 */
export function withStoredClip(editing: QueueEditing, clip: Clip): QueueEditing {
  if (clip.rev <= editing.rev) return editing;
  const stored = pickEdit(clip);
  return {
    form: adoptStored(editing.form, editing.base, stored),
    base: baseAfterRead(editing.base, editing.form, stored),
    rev: clip.rev,
  };
}

/**
 * The editor once a save has resolved with the stored clip: its base is what
 * is stored now, and fields not typed in since the save started (`sent`) show
 * the stored, merged value. A newer revision already shown is read again
 * from the live query (`withStoredClip`) against this base.
 */
export function afterSave(editing: QueueEditing, sent: QueueEditForm, stored: Clip): QueueEditing {
  return { form: adoptStored(editing.form, clipEditOfForm(sent), pickEdit(stored)), base: pickEdit(stored), rev: stored.rev };
}
