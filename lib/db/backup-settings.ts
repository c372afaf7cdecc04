import { type BackupBookkeeping, DEFAULT_BACKUPS_KEPT } from '../model/backup';
import type { RoundupDatabase } from './database';

/** The `settings` key of the backup bookkeeping: this browser's, so a restore never replaces it. */
export const BACKUPS_SETTING = 'backups';

/** When the last backup was made, how many to keep, whether persistence was asked. */
export async function backupSettings(db: RoundupDatabase): Promise<BackupBookkeeping> {
  const stored = (await db.settings.get(BACKUPS_SETTING))?.value as Partial<BackupBookkeeping> | undefined;
  return { ...stored, keep: typeof stored?.keep === 'number' && stored.keep >= 1 ? stored.keep : DEFAULT_BACKUPS_KEPT };
}

/** Changes part of the bookkeeping (read and written in one transaction, so two pages do not undo each other). */
export function saveBackupSettings(db: RoundupDatabase, patch: Partial<BackupBookkeeping>, now: number = Date.now()): Promise<BackupBookkeeping> {
  return db.transaction('rw', db.settings, async () => {
    const value = { ...(await backupSettings(db)), ...patch };
    await db.settings.put({ key: BACKUPS_SETTING, value, updatedAt: now });
    return value;
  });
}
