import type { RoundupTemplate } from '../template/template';

/** The name every backup file carries, so a restore can tell it from any other JSON file. */
export const BACKUP_FORMAT = 'roundup-clipper-backup';
/** Bumped only when the wrapper below changes shape; the database inside carries its own schema version. */
export const BACKUP_FORMAT_VERSION = 1;

/** One table as dexie-export-import writes it (rows in its typeson encoding). */
export interface ExportedTable {
  tableName: string;
  inbound: boolean;
  rows: unknown[];
}

/** The whole Dexie database as dexie-export-import writes it (its format 1). */
export interface ExportedDatabase {
  formatName: 'dexie';
  formatVersion: number;
  data: {
    databaseName: string;
    databaseVersion: number;
    tables: { name: string; schema: string; rowCount: number }[];
    data: ExportedTable[];
  };
}

/**
 * "Back up everything" writes one JSON file of this shape: what it is, which
 * schema its database was written by, when and by which version of the
 * extension, the template (it lives in storage.sync, outside the database) and
 * the database itself. The same file restores in Chromium and Firefox.
 */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The database's schema version (Dexie's `verno`) when it was exported. */
  schemaVersion: number;
  /** ISO date and time. */
  createdAt: string;
  appVersion: string;
  template: RoundupTemplate | null;
  database: ExportedDatabase;
}

/** What a backup holds, shown before the editor merges or replaces. */
export interface BackupSummary {
  draftIssues: number;
  publishedIssues: number;
  /** Live clips plus deleted ones still in their undo window. */
  clips: number;
  deletedClips: number;
  drafts: number;
  corrections: number;
  template: boolean;
  createdAt: string;
  schemaVersion: number;
}

/** How a backup comes back: merged into this archive by UUID, or replacing it. */
export type RestoreMode = 'merge' | 'replace';

/** What a restore did, in counts the options page reports. */
export interface RestoreReport {
  mode: RestoreMode;
  issuesAdded: number;
  issuesMerged: number;
  clipsAdded: number;
  clipsMerged: number;
  /** Fields whose other text was kept as a conflict. */
  conflicts: number;
}

/** Why a backup was written: by hand, at a Publish, before a schema upgrade, or the weekly one. */
export type BackupReason = 'manual' | 'publish' | 'upgrade' | 'weekly' | 'before-replace';

/** The backup bookkeeping, kept in the `settings` table under `backups`. */
export interface BackupBookkeeping {
  /** Epoch ms of the last backup written. */
  lastBackupAt?: number;
  lastBackupFile?: string;
  lastReason?: BackupReason;
  /** How many backup files to keep in the `Roundup Clipper` folder. */
  keep: number;
  /** When an extension page first opened the archive: the weekly backup counts from here until the first one. */
  firstOpenedAt?: number;
  /** `navigator.storage.persist()` was asked once, at first run. */
  persistAsked?: boolean;
  /** The last automatic backup that failed, in words; cleared by the next one that works. */
  lastError?: string;
}

export const DEFAULT_BACKUPS_KEPT = 10;
