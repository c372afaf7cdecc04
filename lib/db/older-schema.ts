import Dexie from 'dexie';
import type { ExportedDatabase } from '../model/backup';
import { ARCHIVE_SEARCH_SETTING } from '../model/setting';

/** Called with the database exactly as an older schema wrote it, before Dexie upgrades it. */
export type BeforeUpgrade = (old: ExportedDatabase, fromVersion: number) => Promise<void>;

/** Every table of a database, as dexie-export-import writes it (less the derived search index). */
export async function exportedDatabase(db: Dexie): Promise<ExportedDatabase> {
  // Loaded when needed: it reads `self` at import time (not in every context that opens the archive).
  const { exportDB } = await import('dexie-export-import');
  // The search index is derived from the items, and large: rebuilt where the backup is restored.
  const blob = await exportDB(db, { filter: (table, value) => !(table === 'settings' && (value as { key?: string }).key === ARCHIVE_SEARCH_SETTING) });
  const exported = JSON.parse(await blob.text()) as ExportedDatabase;
  // The counts are taken before the filter: a restore checks them against the rows.
  for (const table of exported.data.tables) {
    const rows = exported.data.data.find((t) => t.tableName === table.name)?.rows;
    if (rows) table.rowCount = rows.length;
  }
  return exported;
}

/**
 * Looks at the stored database without declaring a schema (Dexie's dynamic
 * mode opens it at the version it has, upgrading nothing) and, when an older
 * schema wrote it, hands its export to `beforeUpgrade` before anything opens
 * it at `schemaVersion`.
 */
export async function exportOlderSchema(name: string, schemaVersion: number, beforeUpgrade: BeforeUpgrade): Promise<void> {
  if (!(await Dexie.exists(name))) return;
  const old = new Dexie(name);
  try {
    await old.open();
    if (old.verno < schemaVersion) await beforeUpgrade(await exportedDatabase(old), old.verno);
  } finally {
    old.close();
  }
}
