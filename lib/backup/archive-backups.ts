import type { BeforeUpgrade, RoundupStore } from '../db';
import type { BackupBookkeeping, BackupFile, BackupReason, RestoreMode, RestoreReport } from '../model/backup';
import { storageErrorMessage } from '../saving/storage-error';
import type { RoundupTemplate } from '../template/template';
import { type FileWriteEnv, pruneBackups, writeBackupFile } from './backup-downloads';
import { backupFileOf } from './backup-file';
import { backupFileName } from './backup-file-name';
import { weeklyBackupDue } from './backup-schedule';

/** The store verbs backups use. */
export type BackupStore = Pick<RoundupStore, 'exportArchive' | 'restoreArchive' | 'backupSettings' | 'saveBackupSettings'>;

/** `navigator.storage`: whether the browser may clear the archive under storage pressure. */
export interface PersistentStorage {
  persist(): Promise<boolean>;
  persisted(): Promise<boolean>;
}

/** Everything backups need from the page, passed in by the entry. */
export interface ArchiveBackupsEnv extends FileWriteEnv {
  loadTemplate(): Promise<RoundupTemplate>;
  saveTemplate(template: RoundupTemplate): Promise<void>;
  appVersion: string;
  storage?: PersistentStorage;
  now?: () => number;
}

/**
 * The archive's backups, as an extension page runs them: "Back up everything",
 * the automatic ones (at Publish, before a schema upgrade, weekly) and restore.
 * Each backup is one file in the `Roundup Clipper` downloads folder; the
 * newest N are kept.
 */
export function createArchiveBackups(env: ArchiveBackupsEnv, store: () => BackupStore) {
  const now = env.now ?? Date.now;
  /** The pre-upgrade backup's file, recorded once the database is open. */
  let upgradeFile: { at: number; file: string } | null = null;

  async function write(file: BackupFile | string, at: number): Promise<string> {
    const name = backupFileName(new Date(at));
    const written = await writeBackupFile(env, typeof file === 'string' ? file : JSON.stringify(file), name);
    return written.filename;
  }

  /** Writes a backup of everything now, keeps the newest N and records it; rejects, in words, when it could not. */
  async function backUp(reason: BackupReason): Promise<BackupBookkeeping> {
    const at = now();
    try {
      const [template, settings] = await Promise.all([env.loadTemplate(), store().backupSettings()]);
      const file = await write(await store().exportArchive({ createdAt: at, appVersion: env.appVersion, template }), at);
      await pruneBackups(env.downloads, settings.keep);
      return await store().saveBackupSettings({ lastBackupAt: at, lastBackupFile: file, lastReason: reason, lastError: undefined });
    } catch (e) {
      const message = `The ${reason === 'manual' ? '' : 'automatic '}backup failed: ${backupErrorMessage(e)}`;
      await store()
        .saveBackupSettings({ lastError: message })
        .catch(() => undefined); // the message is still thrown below
      throw new Error(message);
    }
  }

  /** For openStore: a database an older schema wrote is saved as a backup file before Dexie upgrades it. */
  const beforeUpgrade: BeforeUpgrade = async (old) => {
    const at = now();
    const file = await write(backupFileOf(old, { createdAt: at, appVersion: env.appVersion, template: await env.loadTemplate() }), at);
    upgradeFile = { at, file };
  };

  /**
   * Runs when an extension page opens the archive: records a pre-upgrade
   * backup, asks once (first run) for persistent storage, and writes the
   * weekly backup when one is due (not from the popup, which may close before
   * the file is written). A failure is recorded for the options page.
   */
  async function onPageOpen({ weekly = true }: { weekly?: boolean } = {}): Promise<void> {
    let settings = await store().backupSettings();
    if (upgradeFile) {
      settings = await store().saveBackupSettings({ lastBackupAt: upgradeFile.at, lastBackupFile: upgradeFile.file, lastReason: 'upgrade' });
      upgradeFile = null;
    }
    if (settings.firstOpenedAt === undefined) settings = await store().saveBackupSettings({ firstOpenedAt: now() });
    if (!settings.persistAsked && env.storage) {
      await env.storage.persist().catch(() => false);
      settings = await store().saveBackupSettings({ persistAsked: true });
    }
    if (weekly && weeklyBackupDue(settings, now())) await backUp('weekly');
  }

  /** Restores a backup the editor chose; Replace first backs up what is here now. */
  async function restore(backup: BackupFile, mode: RestoreMode): Promise<RestoreReport> {
    if (mode === 'replace') await backUp('before-replace');
    const report = await store().restoreArchive(backup, mode);
    // The template lives in storage.sync: Replace takes the backup's; Merge keeps this browser's.
    if (mode === 'replace' && backup.template) await env.saveTemplate(backup.template);
    return report;
  }

  return {
    backUp,
    beforeUpgrade,
    onPageOpen,
    restore,
    settings: () => store().backupSettings(),
    setKeep: (keep: number) => store().saveBackupSettings({ keep }),
    persisted: () => env.storage?.persisted() ?? Promise.resolve(false),
  };
}

export type ArchiveBackups = ReturnType<typeof createArchiveBackups>;

function backupErrorMessage(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  if (/download|file|interrupt/i.test(text)) return text;
  return storageErrorMessage(e);
}
