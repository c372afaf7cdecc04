import type { OpenStoreOptions, RoundupStore } from '../db';
import { type ArchiveBackups, type ArchiveBackupsEnv, createArchiveBackups } from './archive-backups';

/**
 * Opens the archive the way an extension page does: with its backups, so a
 * database an older schema wrote is saved to a file before Dexie upgrades it.
 */
export function openArchiveWithBackups(
  openStore: (name?: string, options?: OpenStoreOptions) => RoundupStore,
  env: ArchiveBackupsEnv,
  name?: string,
): { store: RoundupStore; backups: ArchiveBackups } {
  let store: RoundupStore | undefined;
  const backups = createArchiveBackups(env, () => {
    if (!store) throw new Error('The archive is not open yet.');
    return store;
  });
  store = openStore(name, { beforeUpgrade: backups.beforeUpgrade });
  return { store, backups };
}
