import type * as Backup from './backup';
import type { RoundupDatabase } from './database';

type Rest<F> = F extends (db: RoundupDatabase, ...args: infer A) => unknown ? A : never;

// Backup and restore, loaded when first called: every page's store lists them, but only
// the options page and the automatic backups call them, so the popup's first load must
// not carry the backup file format and the restore merge.

export async function exportArchive(db: RoundupDatabase, ...args: Rest<typeof Backup.exportArchive>): ReturnType<typeof Backup.exportArchive> {
  return (await import('./backup')).exportArchive(db, ...args);
}

export async function restoreArchive(db: RoundupDatabase, ...args: Rest<typeof Backup.restoreArchive>): ReturnType<typeof Backup.restoreArchive> {
  return (await import('./backup')).restoreArchive(db, ...args);
}
