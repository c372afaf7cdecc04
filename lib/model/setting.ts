import type { RoundupTemplate } from '../template/template';

/** One stored setting (`template`, the backup bookkeeping …), kept in the archive's database. */
export interface Setting {
  key: string;
  value: unknown;
  updatedAt: number;
}

/** The key of the archive's stored search index (`lib/db/archive-search-index.ts`): derived data, never backed up. */
export const ARCHIVE_SEARCH_SETTING = 'archive-search-index';

/**
 * The template with the time it was typed, as kept both in the `settings` table
 * and in storage.sync: on load the newer copy wins, so an edit made on another
 * machine (which arrives through sync) is not hidden by this machine's older one.
 */
export interface StampedTemplate {
  template: RoundupTemplate;
  updatedAt: number;
}
