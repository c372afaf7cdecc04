import type { FieldConflict } from '../model/revision';

/** A row's editable fields, flattened to one value per path (`commentary`, `links.0.title`). */
export type Fields = Readonly<Record<string, unknown>>;

export interface FieldMerge {
  /** The fields to write: this save's changes that do not undo another page's. */
  changes: Record<string, unknown>;
  /** Fields both sides changed to different texts: the stored text, kept while this save's wins. */
  conflicts: FieldConflict[];
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Texts (and lists of them) are worth keeping both of; a checkbox or a kind simply takes the later save. */
const isText = (v: unknown) => typeof v === 'string' || Array.isArray(v);

/**
 * A three-way merge of one save into the stored row, field by field. `base`
 * is what the saving page last read, `mine` what it now holds, `stored` what
 * is in the database (another page may have saved since). A field only this
 * save changed is written; one only the other side changed is left alone;
 * one both changed to different texts takes this save's text and keeps the
 * stored one as a conflict. Never a silent overwrite.
 */
export function mergeFields(base: Fields, mine: Fields, stored: Fields, at: number): FieldMerge {
  const changes: Record<string, unknown> = {};
  const conflicts: FieldConflict[] = [];
  for (const [field, value] of Object.entries(mine)) {
    if (same(value, base[field]) || same(value, stored[field])) continue;
    changes[field] = value;
    const theirs = stored[field];
    if (!same(theirs, base[field]) && isText(theirs) && isText(value) && theirs !== '') conflicts.push({ field, value: theirs, at });
  }
  return { changes, conflicts };
}

/** The conflicts after a save: a new one replaces an older one on its field; a field written without one keeps its own. */
export function withConflicts(existing: readonly FieldConflict[] | undefined, added: readonly FieldConflict[]): FieldConflict[] {
  const fields = new Set(added.map((c) => c.field));
  return [...(existing ?? []).filter((c) => !fields.has(c.field)), ...added];
}
