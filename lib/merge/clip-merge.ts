import type { Clip, ClipEdit, ClipLink } from '../model/clip';
import type { FieldConflict } from '../model/revision';
import { type Fields, mergeFields, withConflicts } from './merge-fields';

const LINK_FIELDS = ['title', 'url', 'authors', 'source', 'attribution'] as const;
type LinkField = (typeof LINK_FIELDS)[number];

/**
 * A clip edit as flat fields. Header lines are merged field by field while both
 * sides have as many of them; once one side split or grouped, `links` is one field.
 */
export function flattenClipEdit(edit: ClipEdit, perLink: boolean): Record<string, unknown> {
  const { links, ...rest } = edit;
  const fields: Record<string, unknown> = { ...rest };
  if (!links) return fields;
  if (!perLink) fields.links = links;
  else
    links.forEach((link, i) => {
      for (const f of LINK_FIELDS) fields[`links.${i}.${f}`] = link[f];
    });
  return fields;
}

/** The stored clip with `fields` written back into it (as a `ClipEdit` for the changed ones). */
export function clipEditOf(stored: Pick<Clip, 'links'>, fields: Fields): ClipEdit {
  const edit: Record<string, unknown> = {};
  let links: ClipLink[] | null = null;
  for (const [field, value] of Object.entries(fields)) {
    const path = /^links\.(\d+)\.(\w+)$/.exec(field);
    if (!path) {
      edit[field] = value;
      continue;
    }
    const index = Number(path[1]);
    links ??= (edit.links as ClipLink[] | undefined) ?? stored.links.map((l) => ({ ...l }));
    const link = links[index];
    if (link && (LINK_FIELDS as readonly string[]).includes(path[2] ?? '')) (link as unknown as Record<LinkField, unknown>)[path[2] as LinkField] = value;
  }
  if (links) edit.links = links;
  return edit as ClipEdit;
}

/**
 * Merges an editor's save into the stored clip (see `mergeFields`): `base` is
 * the clip as the editor last read it, `mine` the editor's values now.
 */
export function mergeClipEdit(base: ClipEdit, mine: ClipEdit, stored: Clip, at: number): { edit: ClipEdit; conflicts: FieldConflict[] } {
  const count = stored.links.length;
  const perLink = (base.links?.length ?? count) === count && (mine.links?.length ?? count) === count;
  const storedFields = flattenClipEdit({ ...pickEdit(stored), links: stored.links }, perLink);
  const merged = mergeFields(flattenClipEdit(base, perLink), flattenClipEdit(mine, perLink), storedFields, at);
  return { edit: clipEditOf(stored, merged.changes), conflicts: withConflicts(stored.conflicts, merged.conflicts) };
}

/** The editable fields of a stored clip: what an editor's `base` is. */
export function pickEdit(clip: Clip): ClipEdit {
  const { kind, links, commentary, label, inSubtitle, inSubtitleChosen, holdForNextWeek } = clip;
  return { kind, links, commentary, label, inSubtitle, inSubtitleChosen, holdForNextWeek };
}
