import type { FieldConflict } from '../model/revision';

/** A conflict's other value as the editor reads it: a text as is, a list one item a line, a link as its title and address. */
export function conflictText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(conflictText).join('\n');
  if (value && typeof value === 'object' && 'title' in value && 'url' in value) return `${String(value.title)} <${String(value.url)}>`;
  return value === undefined || value === null ? '' : String(value);
}

/** The conflict on `field`, if any. */
export const conflictOn = (conflicts: readonly FieldConflict[] | undefined, field: string) => conflicts?.find((c) => c.field === field);
