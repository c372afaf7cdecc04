import type { TemplateSection } from './template';

/** A section as edited on the options page; `key` follows the row through renames and moves. */
export interface SectionRow extends TemplateSection {
  key: number;
}

/** Each row's name as last stored, by key: a changed name is a rename, a row without one is new. */
export type StoredSectionNames = ReadonlyMap<number, string>;

let nextKey = 1;

export const sectionRowsOf = (sections: readonly TemplateSection[]): SectionRow[] => sections.map((s) => ({ ...s, key: nextKey++ }));

export const newSectionRow = (): SectionRow => ({ name: '', briefs: false, key: nextKey++ });

export const storedNamesOf = (rows: readonly SectionRow[]): Map<number, string> => new Map(rows.map((r) => [r.key, r.name]));

/** The template's section list: rows with a name, trimmed. */
export const sectionsOf = (rows: readonly SectionRow[]): TemplateSection[] =>
  rows.filter((r) => r.name.trim()).map((r) => ({ name: r.name.trim(), briefs: r.briefs }));

/** Stored sections whose row now has another (non-empty) name, so their clips can follow. */
export function sectionRenames(rows: readonly SectionRow[], stored: StoredSectionNames): { from: string; to: string }[] {
  return rows.flatMap((r) => {
    const from = stored.get(r.key);
    const to = r.name.trim();
    return from && to && from !== to ? [{ from, to }] : [];
  });
}

/** The stored names once `rows` are saved: a row emptied keeps the name it had. */
export function storedNamesAfter(rows: readonly SectionRow[], stored: StoredSectionNames): Map<number, string> {
  const next = new Map(stored);
  for (const r of rows) if (r.name.trim()) next.set(r.key, r.name.trim());
  return next;
}
