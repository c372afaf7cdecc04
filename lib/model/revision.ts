/**
 * What two pages (or a backup and this browser) need to agree on one stored
 * clip or issue: a stable identity that survives export and import, and a
 * revision that every write bumps, so a save based on an older one is merged
 * instead of overwriting (issue #10).
 */
export interface Revisioned {
  /** A UUID given when the row is created; the same in every backup and browser. */
  uid: string;
  /** 1 when created; every stored change adds one. */
  rev: number;
  /** Texts that lost a same-field race, kept until the editor picks one. */
  conflicts?: FieldConflict[];
}

/**
 * The same field was changed in two places: the stored field holds the later
 * save, `value` the other text. Nothing is dropped until the editor picks.
 */
export interface FieldConflict {
  /** `commentary`, `intro`, or `links.0.title` for one header line's field. */
  field: string;
  value: unknown;
  at: number;
}

/** A row as it is inserted: the database gives id, and uid and rev unless a backup brings them. */
export type NewRow<T extends { id: number } & Revisioned> = Omit<T, 'id' | 'uid' | 'rev'> & Partial<Pick<T, 'uid' | 'rev'>>;
