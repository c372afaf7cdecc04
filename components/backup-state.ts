import { signal } from '@preact/signals';
import type { ArchiveBackups } from '@/lib/backup/archive-backups';
import { type BackupReading, readBackup } from '@/lib/backup/backup-file';
import { restoreReportLine } from '@/lib/backup/backup-words';
import { SCHEMA_VERSION } from '@/lib/db';
import type { BackupBookkeeping, RestoreMode } from '@/lib/model/backup';
import { storageErrorMessage } from '@/lib/saving/storage-error';

/**
 * The options page's Backups section: the bookkeeping shown, "Back up everything",
 * and a restore, from choosing a file to merging or replacing; `onRestored` lets
 * the page read the (possibly replaced) template again.
 */
export function createBackupState(backups: ArchiveBackups, onRestored?: () => void) {
  const bookkeeping = signal<BackupBookkeeping | null>(null);
  const persisted = signal<boolean | null>(null);
  /** The file chosen to restore, read and checked; null before one is chosen. */
  const chosen = signal<BackupReading | null>(null);
  const status = signal('');
  const error = signal<string | null>(null);
  const busy = signal(false);

  const fail = (e: unknown) => {
    error.value = e instanceof Error && /backup/i.test(e.message) ? e.message : storageErrorMessage(e);
  };

  async function load(): Promise<void> {
    try {
      [bookkeeping.value, persisted.value] = await Promise.all([backups.settings(), backups.persisted()]);
    } catch (e) {
      fail(e);
    }
  }

  /** Runs one action at a time, with its outcome in the status line or the error. */
  async function run(action: () => Promise<string>): Promise<void> {
    if (busy.value) return;
    busy.value = true;
    error.value = null;
    try {
      status.value = await action();
    } catch (e) {
      fail(e);
    } finally {
      busy.value = false;
      bookkeeping.value = await backups.settings().catch(() => bookkeeping.value);
    }
  }

  return {
    bookkeeping,
    persisted,
    chosen,
    status,
    error,
    busy,
    load,
    backUpNow: () =>
      run(async () => {
        const done = await backups.backUp('manual');
        return `Backup saved to your downloads folder: ${done.lastBackupFile ?? ''}`;
      }),
    /** Reads the chosen file; nothing is changed until the editor picks Merge or Replace. */
    async choose(file: File | null | undefined): Promise<void> {
      status.value = '';
      error.value = null;
      chosen.value = file ? readBackup(await file.text(), SCHEMA_VERSION) : null;
    },
    restore: (mode: RestoreMode) =>
      run(async () => {
        const reading = chosen.value;
        if (!reading?.ok) return '';
        const report = await backups.restore(reading.backup, mode);
        chosen.value = null;
        onRestored?.();
        return restoreReportLine(report);
      }),
    cancel: () => {
      chosen.value = null;
    },
    setKeep: (keep: number) =>
      void backups.setKeep(keep).then((saved) => {
        bookkeeping.value = saved;
      }, fail),
  };
}

export type BackupState = ReturnType<typeof createBackupState>;
