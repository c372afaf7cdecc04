// @vitest-environment happy-dom
// dexie-export-import (the export before an upgrade, and restoring an old backup) needs Blob and FileReader.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { backupFileOf, readBackup } from '@/lib/backup/backup-file';
import { openStore, SCHEMA_VERSION } from '@/lib/db';
import { RoundupDatabase } from '@/lib/db/database';
import { exportedDatabase, storedSchemaVersion } from '@/lib/db/older-schema';
import { storeFor } from '@/lib/db/store';
import type { ExportedDatabase } from '@/lib/model/backup';
import { issueMarkdowns, OLD_SCHEMA_VERSIONS, writeOldDatabase } from '@/test/support/schema-fixtures';

const golden = (file: string) => readFileSync(path.resolve(__dirname, '../../fixtures/schema-upgrades', file), 'utf8');
const fresh = (what: string) => `${what}-${Math.random().toString(36).slice(2)}`;

describe.each(OLD_SCHEMA_VERSIONS)('a database written by schema v%i', (version) => {
  it('opens, upgrades and exports the same issues', async () => {
    const name = fresh(`v${version}`);
    await writeOldDatabase(name, version);
    const db = new RoundupDatabase(name);
    const store = storeFor(db);
    const markdown = await issueMarkdowns(store);
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(markdown[130]).toBe(golden('issue-130.md'));
    expect(markdown[131]).toBe(golden('issue-131.md'));
    // Every row has its identity after the upgrade, and the rows are all there.
    const issues = await db.issues.toArray();
    const clips = await db.clips.toArray();
    expect(issues.every((i) => i.uid && i.rev === 1)).toBe(true);
    expect(new Set(clips.map((c) => c.uid)).size).toBe(clips.length);
    expect(clips).toHaveLength(version >= 2 ? 6 : 5);
    expect(await db.drafts.count()).toBe(1);
    expect(await db.corrections.count()).toBe(version >= 3 ? 1 : 0);
    store.close();
  });

  it('is exported before the upgrade when an extension page opens it', async () => {
    const name = fresh(`pre-upgrade-v${version}`);
    await writeOldDatabase(name, version);
    const seen: { old: ExportedDatabase; from: number }[] = [];
    const store = openStore(name, { beforeUpgrade: async (old, from) => void seen.push({ old, from }) });
    // Two callers at once: one export.
    await Promise.all([store.allIssues(), store.allIssues()]);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.from).toBe(version);
    expect(await storedSchemaVersion(name)).toBe(SCHEMA_VERSION);
    expect(seen[0]?.old.data.databaseVersion).toBe(version);
    const clips = seen[0]?.old.data.data.find((t) => t.tableName === 'clips')?.rows as { uid?: string }[];
    expect(clips.length).toBeGreaterThan(0);
    expect(clips.every((c) => c.uid === undefined)).toBe(true);
    store.close();
    // Opened again at the current schema: nothing more to export.
    const again = openStore(name, { beforeUpgrade: async (old, from) => void seen.push({ old, from }) });
    await again.allIssues();
    expect(seen).toHaveLength(1);
    again.close();
  });

  it('restores from a backup it wrote: imported at its version, upgraded, same issues', async () => {
    const name = fresh(`backup-v${version}`);
    await writeOldDatabase(name, version);
    const old = new Dexie(name);
    await old.open();
    const file = JSON.stringify(backupFileOf(await exportedDatabase(old), { createdAt: 0, appVersion: '0.0.1', template: null }));
    old.close();
    const reading = readBackup(file, SCHEMA_VERSION);
    if (!reading.ok) throw new Error(reading.problem);
    expect(reading.summary).toMatchObject({ schemaVersion: version, draftIssues: 1, publishedIssues: 1, corrections: version >= 3 ? 1 : 0 });
    const target = openStore(fresh('restored'));
    await target.restoreArchive(reading.backup, 'replace');
    const markdown = await issueMarkdowns(target);
    expect(markdown[130]).toBe(golden('issue-130.md'));
    expect(markdown[131]).toBe(golden('issue-131.md'));
    // Merged in again, the same old backup upgrades to the same uids: nothing is doubled.
    const allClips = async () => (await Promise.all((await target.allIssues()).map((i) => target.clipsForIssue(i.id, i.sectionOrder)))).flat();
    const before = await allClips();
    expect(before.length).toBeGreaterThan(0);
    await target.restoreArchive(reading.backup, 'merge');
    await target.restoreArchive(reading.backup, 'merge');
    expect((await target.allIssues()).length).toBe(2);
    expect(await allClips()).toHaveLength(before.length);
    expect(await issueMarkdowns(target)).toEqual(markdown);
    target.close();
  });
});

describe('storedSchemaVersion: one plain open before an extension page opens the archive', () => {
  it('tells an older schema from the current one', async () => {
    const name = fresh('version');
    await writeOldDatabase(name, 1);
    expect(await storedSchemaVersion(name)).toBe(1);
    const store = openStore(name);
    await store.allIssues();
    store.close();
    expect(await storedSchemaVersion(name)).toBe(SCHEMA_VERSION);
  });

  it('is null for a database that does not exist, and does not create it', async () => {
    const name = fresh('missing');
    expect(await storedSchemaVersion(name)).toBeNull();
    expect(await Dexie.exists(name)).toBe(false);
    // A first extension page still creates the archive at the current schema, with nothing to export.
    const seen: number[] = [];
    const store = openStore(name, { beforeUpgrade: async (_old, from) => void seen.push(from) });
    expect(await store.allIssues()).toEqual([]);
    store.close();
    expect(seen).toEqual([]);
    expect(await storedSchemaVersion(name)).toBe(SCHEMA_VERSION);
  });
});
