import type { Fields } from './merge-fields';

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields an editor takes from storage: those it has not changed since
 * `since` (its value is still the one it started from) whose stored value now
 * differs from what it shows. A field the editor changed since stays as typed,
 * so a save or another page never takes text from under the caret.
 */
export function adoptedFields(mine: Fields, since: Fields, stored: Fields): Record<string, unknown> {
  const adopted: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(mine)) {
    if (same(value, since[field]) && field in stored && !same(stored[field], value)) adopted[field] = stored[field];
  }
  return adopted;
}

/**
 * An editor's base after the live query brought a newer stored row: each
 * field the editor has not changed follows the stored row; a field with an
 * unsaved change keeps the base it was typed against, so the save that
 * follows still sees the other page's text as a conflict rather than
 * silently overwriting it.
 */
export function rebasedBase(base: Fields, mine: Fields, stored: Fields): Record<string, unknown> {
  const next: Record<string, unknown> = { ...base };
  for (const field of Object.keys(stored)) {
    if (!(field in mine) || same(mine[field], base[field])) next[field] = stored[field];
  }
  return next;
}
