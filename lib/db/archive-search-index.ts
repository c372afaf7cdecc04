import { ARCHIVE_SEARCH_SETTING } from '../model/setting';
import type { RoundupDatabase } from './database';

/**
 * The archive's search index, serialised (MiniSearch's JSON), kept in the
 * settings table so the Archive page answers its first query without indexing
 * every item again (seconds for the whole archive). It is derived data: left
 * out of backups and restores; stale once the published issues differ from
 * those it was built from (publishing, importing), and forgotten by the verbs
 * that change published items in place (import, amend, restore) in their own
 * transaction.
 */
interface StoredSearch {
  /** The published issues it was built from (`archiveSearchBasis`). */
  basis: string;
  index: string;
}

/**
 * Which published issues the archive holds, read from the `status` index
 * alone (no row is read): an index built for other issues is stale.
 */
export async function archiveSearchBasis(db: RoundupDatabase): Promise<string> {
  const ids = await db.issues.where('status').equals('published').primaryKeys();
  return ids.sort((a, b) => a - b).join(',');
}

/** The stored index, when it was built from the issues `basis` names; null otherwise. */
export async function storedArchiveSearch(db: RoundupDatabase, basis: string): Promise<string | null> {
  const row = await db.settings.get(ARCHIVE_SEARCH_SETTING);
  const stored = row?.value as StoredSearch | undefined;
  return stored?.basis === basis && typeof stored.index === 'string' ? stored.index : null;
}

export async function saveArchiveSearch(db: RoundupDatabase, index: string, basis: string, now: number = Date.now()): Promise<void> {
  const value: StoredSearch = { basis, index };
  await db.settings.put({ key: ARCHIVE_SEARCH_SETTING, value, updatedAt: now });
}

/** Drops the stored index: called inside the transaction of a verb that changes the archive's items. */
export async function forgetArchiveSearch(db: RoundupDatabase): Promise<void> {
  await db.settings.delete(ARCHIVE_SEARCH_SETTING);
}
