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
 * The schema version of the stored database (Dexie's: IndexedDB's version / 10), or null
 * when there is none. One plain open at whatever version is stored: a database that does
 * not exist is not created (the open is aborted before it would be), nothing is upgraded.
 */
export function storedSchemaVersion(name: string, factory: IDBFactory = Dexie.dependencies.indexedDB): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    request.onupgradeneeded = () => {
      // Only a database that does not exist yet asks for an upgrade here: leave it uncreated.
      request.transaction?.abort();
      resolve(null);
    };
    request.onsuccess = () => {
      const db = request.result;
      resolve(db.version / 10);
      db.close();
    };
    request.onerror = (event) => {
      // The abort above lands here too: already answered.
      event.preventDefault();
      reject(request.error);
    };
  });
}

/**
 * Looks at the stored database's version with one plain open (every extension page
 * opening the archive pays for it before its first read, so not Dexie's `exists` and a
 * dynamic open) and, when an older schema wrote it, opens it in Dexie's dynamic mode (at
 * the version it has, upgrading nothing) and hands its export to `beforeUpgrade` before
 * anything opens it at `schemaVersion`.
 */
export async function exportOlderSchema(name: string, schemaVersion: number, beforeUpgrade: BeforeUpgrade): Promise<void> {
  const stored = await storedSchemaVersion(name);
  if (stored === null || stored >= schemaVersion) return;
  const old = new Dexie(name);
  try {
    await old.open();
    if (old.verno < schemaVersion) await beforeUpgrade(await exportedDatabase(old), old.verno);
  } finally {
    old.close();
  }
}
