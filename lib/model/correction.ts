/** The fields of a clip whose fixes are remembered per site. */
export type CorrectedField = 'source' | 'author' | 'attribution';

/**
 * One fix the editor made to what extraction proposed, remembered for a site:
 * on that site, `from` (the value extraction proposes, trimmed; one author's
 * name for `author`) becomes `to`. An author's `to` may be empty: the name is
 * dropped. Stored in the `corrections` table, keyed by site, field and `from`.
 */
export interface Correction {
  /** The registrable domain (`example.co.uk`, `dana.github.io`), or the IP address or localhost name. */
  site: string;
  field: CorrectedField;
  from: string;
  to: string;
  updatedAt: number;
}

/** What names one correction: its primary key. */
export type CorrectionKey = Pick<Correction, 'site' | 'field' | 'from'>;

export const CORRECTED_FIELD_LABELS: Record<CorrectedField, string> = {
  source: 'Source',
  author: 'Author',
  attribution: 'Attribution',
};

export function sameCorrectionKey(a: CorrectionKey, b: CorrectionKey): boolean {
  return a.site === b.site && a.field === b.field && a.from === b.from;
}

/** A correction before it is stored (the store stamps `updatedAt`). */
export type NewCorrection = Omit<Correction, 'updatedAt'>;
