import Dexie, { type Table } from 'dexie';
import { type BackupMeta, backupFileOf } from '../backup/backup-file';
import { mergeRestoredClip, mergeRestoredIssue } from '../merge/archive-merge';
import type { BackupFile, RestoreMode, RestoreReport } from '../model/backup';
import type { Clip } from '../model/clip';
import type { ClipDraft } from '../model/clip-draft';
import type { Correction } from '../model/correction';
import type { Issue } from '../model/issue';
import type { PendingEdit } from '../model/pending-edit';
import { ARCHIVE_SEARCH_SETTING, type Setting } from '../model/setting';
import { BACKUPS_SETTING } from './backup-settings';
import { RoundupDatabase } from './database';
import { exportedDatabase } from './older-schema';

/**
 * "Back up everything": the whole database (every issue with its published
 * markdown, clip, deleted clip still in its undo window, draft, correction,
 * pending edit and setting) through dexie-export-import, wrapped with the
 * template and versions. Returns the file's text.
 */
export async function exportArchive(db: RoundupDatabase, meta: BackupMeta): Promise<string> {
  return JSON.stringify(backupFileOf(await exportedDatabase(db), meta));
}

/** Settings a backup does not carry over: this browser's backup bookkeeping, and the search index (rebuilt from the items). */
const LOCAL_SETTINGS = new Set([BACKUPS_SETTING, ARCHIVE_SEARCH_SETTING]);

interface ArchiveRows {
  issues: Issue[];
  clips: Clip[];
  drafts: ClipDraft[];
  corrections: Correction[];
  pendingEdits: PendingEdit[];
  settings: Setting[];
}

/**
 * The backup's rows at this schema: its database is imported into a temporary
 * database at the version it was written by and opened as RoundupDatabase, so
 * Dexie runs the same upgrades an editor's own database goes through.
 */
async function rowsOf(backup: BackupFile): Promise<ArchiveRows> {
  const name = `roundup-clipper-restore-${crypto.randomUUID()}`;
  // Loaded when needed: it reads `self` at import time, and the popup rarely restores.
  const { importDB } = await import('dexie-export-import');
  const imported = await importDB(new Blob([JSON.stringify(backup.database)], { type: 'application/json' }), { name });
  imported.close();
  const temp = new RoundupDatabase(name);
  try {
    await temp.open();
    return {
      issues: await temp.issues.toArray(),
      clips: await temp.clips.toArray(),
      drafts: await temp.drafts.toArray(),
      corrections: await temp.corrections.toArray(),
      pendingEdits: await temp.pendingEdits.toArray(),
      settings: await temp.settings.toArray(),
    };
  } finally {
    temp.close();
    await Dexie.delete(name);
  }
}

/**
 * "Restore from backup", once the editor chose how: `replace` clears this
 * archive and writes the backup's rows as they were (ids, UUIDs, revisions),
 * keeping only this browser's backup bookkeeping; `merge` adds what is new and
 * merges rows of the same identity (see mergeInto). Either way in one
 * transaction: a failure changes nothing. The caller backs up first.
 */
export async function restoreArchive(db: RoundupDatabase, backup: BackupFile, mode: RestoreMode, now: number = Date.now()): Promise<RestoreReport> {
  const rows = await rowsOf(backup);
  const tables = [db.issues, db.clips, db.drafts, db.corrections, db.pendingEdits, db.settings];
  return db.transaction('rw', tables, () => (mode === 'replace' ? replaceWith(db, rows) : mergeInto(db, rows, now)));
}

async function replaceWith(db: RoundupDatabase, rows: ArchiveRows): Promise<RestoreReport> {
  const bookkeeping = await db.settings.get(BACKUPS_SETTING);
  await Promise.all([db.issues.clear(), db.clips.clear(), db.drafts.clear(), db.corrections.clear(), db.pendingEdits.clear(), db.settings.clear()]);
  await db.issues.bulkAdd(rows.issues);
  await db.clips.bulkAdd(rows.clips);
  await db.drafts.bulkAdd(rows.drafts);
  await db.corrections.bulkAdd(rows.corrections);
  await db.pendingEdits.bulkAdd(rows.pendingEdits);
  await db.settings.bulkAdd(rows.settings.filter((s) => !LOCAL_SETTINGS.has(s.key)));
  if (bookkeeping) await db.settings.put(bookkeeping);
  return { mode: 'replace', issuesAdded: rows.issues.length, issuesMerged: 0, clipsAdded: rows.clips.length, clipsMerged: 0, conflicts: 0 };
}

/**
 * Merges by identity: an issue by UUID, else by number (two browsers that each
 * started issue #12 hold one issue #12); a clip by UUID, moved to its issue's
 * id here. The newer revision wins and the other text is kept as a conflict;
 * rows only the backup has are added. Drafts, corrections, pending edits and
 * settings: the newer of the two by `updatedAt`. Nothing is dropped.
 */
async function mergeInto(db: RoundupDatabase, rows: ArchiveRows, now: number): Promise<RestoreReport> {
  const report: RestoreReport = { mode: 'merge', issuesAdded: 0, issuesMerged: 0, clipsAdded: 0, clipsMerged: 0, conflicts: 0 };
  const issueIds = new Map<number, number>();
  for (const theirs of rows.issues) {
    const mine = (await db.issues.where('uid').equals(theirs.uid).first()) ?? (await db.issues.where('number').equals(theirs.number).first());
    if (!mine) {
      const { id, ...row } = theirs;
      issueIds.set(id, await db.issues.add(row as Issue));
      report.issuesAdded++;
      continue;
    }
    issueIds.set(theirs.id, mine.id);
    const merged = mergeRestoredIssue(mine, theirs, now);
    if (!merged) continue;
    await db.issues.put(merged.row);
    report.issuesMerged++;
    report.conflicts += merged.conflicts;
  }
  const clipIds = new Map<number, number>();
  for (const theirs of rows.clips) {
    const issueId = issueIds.get(theirs.issueId) ?? theirs.issueId;
    const mine = await db.clips.where('uid').equals(theirs.uid).first();
    if (!mine) {
      const { id, ...row } = theirs;
      clipIds.set(id, await db.clips.add({ ...row, issueId } as Clip));
      report.clipsAdded++;
      continue;
    }
    clipIds.set(theirs.id, mine.id);
    const merged = mergeRestoredClip(mine, theirs, issueId, now);
    if (!merged) continue;
    await db.clips.put(merged.row);
    report.clipsMerged++;
    report.conflicts += merged.conflicts;
  }
  await keepNewer(db.drafts, rows.drafts, (d) => d.key);
  await keepNewer(db.corrections, rows.corrections, (c): [string, string, string] => [c.site, c.field, c.from]);
  await keepNewer(
    db.settings,
    rows.settings.filter((s) => !LOCAL_SETTINGS.has(s.key)),
    (s) => s.key,
  );
  await db.settings.delete(ARCHIVE_SEARCH_SETTING);
  const pending = rows.pendingEdits.flatMap((p): PendingEdit[] => {
    const id = (p.target === 'clip' ? clipIds : issueIds).get(p.id);
    if (id === undefined) return [];
    return [p.target === 'clip' ? { ...p, id, key: `clip:${id}` } : { ...p, id, key: `issue:${id}` }];
  });
  await keepNewer(db.pendingEdits, pending, (p) => p.key);
  return report;
}

/** Writes each row whose stored twin (same key) is missing or older. */
async function keepNewer<T extends { updatedAt: number }, K, I>(table: Table<T, K, I>, rows: readonly T[], keyOf: (row: T) => K): Promise<void> {
  const stored = await table.bulkGet(rows.map(keyOf));
  const newer = rows.filter((r, i) => (stored[i]?.updatedAt ?? Number.NEGATIVE_INFINITY) < r.updatedAt);
  // A stored row's shape is also its insert shape (it brings its own key).
  await table.bulkPut(newer as unknown as I[]);
}
