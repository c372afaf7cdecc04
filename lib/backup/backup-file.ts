import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupFile, type BackupSummary, type ExportedDatabase } from '../model/backup';
import { type RoundupTemplate, templateFrom } from '../template/template';

export interface BackupMeta {
  createdAt: number;
  appVersion: string;
  template: RoundupTemplate | null;
}

/** Wraps dexie-export-import's export of the database in the backup file; its schema version is the export's own. */
export function backupFileOf(database: ExportedDatabase, meta: BackupMeta): BackupFile {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: database.data.databaseVersion,
    createdAt: new Date(meta.createdAt).toISOString(),
    appVersion: meta.appVersion,
    template: meta.template,
    database,
  };
}

export type BackupReading = { ok: true; backup: BackupFile; summary: BackupSummary } | { ok: false; problem: string };

const refuse = (problem: string): BackupReading => ({ ok: false, problem: `${problem} Nothing was changed.` });
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a chosen file as a backup, or says in words why it is not one this
 * version can restore: not JSON, another file, cut short, or written by a newer
 * schema. An older schema is fine: the restore upgrades it.
 */
export function readBackup(text: string, schemaVersion: number): BackupReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // A backup cut short (a download interrupted, a copy that ran out of space) still starts like one.
    if (text.includes(`"${BACKUP_FORMAT}"`)) return refuse('This backup file is incomplete (it was cut short).');
    return refuse('This file is not a Roundup Clipper backup (it is not JSON).');
  }
  if (!isRecord(parsed) || parsed.format !== BACKUP_FORMAT) return refuse('This file is not a Roundup Clipper backup.');
  if (typeof parsed.formatVersion !== 'number' || parsed.formatVersion > BACKUP_FORMAT_VERSION) {
    return refuse('This backup was made by a newer version of Roundup Clipper; update the extension to restore it.');
  }
  const database = parsed.database;
  if (typeof parsed.schemaVersion !== 'number' || !isExportedDatabase(database)) return refuse('This backup file is damaged: its database is missing.');
  if (parsed.schemaVersion > schemaVersion || database.data.databaseVersion > schemaVersion) {
    return refuse(
      `This backup was made with a newer database (schema ${parsed.schemaVersion}, this version reads up to ${schemaVersion}); update the extension to restore it.`,
    );
  }
  const short = database.data.tables.find((t) => (database.data.data.find((d) => d.tableName === t.name)?.rows.length ?? 0) !== t.rowCount);
  if (short) return refuse(`This backup file is incomplete: its ${short.name} table has fewer rows than it lists.`);
  const backup: BackupFile = {
    format: BACKUP_FORMAT,
    formatVersion: parsed.formatVersion,
    schemaVersion: parsed.schemaVersion,
    createdAt: typeof parsed.createdAt === 'string' ? parsed.createdAt : '',
    appVersion: typeof parsed.appVersion === 'string' ? parsed.appVersion : '',
    template: isRecord(parsed.template) ? templateFrom(parsed.template) : null,
    database,
  };
  return { ok: true, backup, summary: summariseBackup(backup) };
}

function isExportedDatabase(v: unknown): v is ExportedDatabase {
  if (!isRecord(v) || v.formatName !== 'dexie' || !isRecord(v.data)) return false;
  const { databaseVersion, tables, data } = v.data;
  return (
    typeof databaseVersion === 'number' &&
    Array.isArray(tables) &&
    tables.every((t) => isRecord(t) && typeof t.name === 'string' && typeof t.schema === 'string' && typeof t.rowCount === 'number') &&
    Array.isArray(data) &&
    data.every((d) => isRecord(d) && typeof d.tableName === 'string' && Array.isArray(d.rows))
  );
}

/** Counts what the backup holds, from its rows as exported (any schema version has these fields). */
export function summariseBackup(backup: BackupFile): BackupSummary {
  const rows = (table: string) => (backup.database.data.data.find((d) => d.tableName === table)?.rows ?? []).filter(isRecord);
  const issues = rows('issues');
  const clips = rows('clips');
  return {
    draftIssues: issues.filter((i) => i.status !== 'published').length,
    publishedIssues: issues.filter((i) => i.status === 'published').length,
    clips: clips.length,
    deletedClips: clips.filter((c) => typeof c.deletedAt === 'number').length,
    drafts: rows('drafts').length,
    corrections: rows('corrections').length,
    template: backup.template !== null,
    createdAt: backup.createdAt,
    schemaVersion: backup.schemaVersion,
  };
}
