import type { OpenStoreOptions, RoundupStore } from '../db';
import type { ArchiveBackups, ArchiveBackupsEnv } from './archive-backups';

/**
 * Opens the archive the way an extension page does: with its backups, so a
 * database an older schema wrote is saved to a file before Dexie upgrades it.
 *
 * The backups' code (file format, downloads, schedule) is loaded on first use:
 * every page opens the archive this way, and the popup's first load must stay small.
 */
export function openArchiveWithBackups(
  openStore: (name?: string, options?: OpenStoreOptions) => RoundupStore,
  env: ArchiveBackupsEnv,
  name?: string,
): { store: RoundupStore; backups: ArchiveBackups } {
  let store: RoundupStore | undefined;
  let loading: Promise<ArchiveBackups> | undefined;
  const loaded = () =>
    (loading ??= import('./archive-backups').then((m) =>
      m.createArchiveBackups(env, () => {
        if (!store) throw new Error('The archive is not open yet.');
        return store;
      }),
    ));
  const backups: ArchiveBackups = {
    backUp: async (...args) => (await loaded()).backUp(...args),
    beforeUpgrade: async (...args) => (await loaded()).beforeUpgrade(...args),
    onPageOpen: async (...args) => (await loaded()).onPageOpen(...args),
    restore: async (...args) => (await loaded()).restore(...args),
    settings: async () => (await loaded()).settings(),
    setKeep: async (...args) => (await loaded()).setKeep(...args),
    persisted: async () => (await loaded()).persisted(),
  };
  store = openStore(name, { beforeUpgrade: backups.beforeUpgrade });
  return { store, backups };
}
