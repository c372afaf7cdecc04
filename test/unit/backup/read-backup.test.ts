import { describe, expect, it } from 'vitest';
import { backupFileOf, readBackup } from '@/lib/backup/backup-file';
import { backupFileName, isBackupFile } from '@/lib/backup/backup-file-name';
import type { ExportedDatabase } from '@/lib/model/backup';

const database = (version = 4, rows: unknown[] = [{ id: 1, number: 1, status: 'draft' }], rowCount = rows.length): ExportedDatabase => ({
  formatName: 'dexie',
  formatVersion: 1,
  data: {
    databaseName: 'roundup-clipper',
    databaseVersion: version,
    tables: [{ name: 'issues', schema: '++id,&number,status,&uid', rowCount }],
    data: [{ tableName: 'issues', inbound: true, rows }],
  },
});
const file = (db = database()) => JSON.stringify(backupFileOf(db, { createdAt: 0, appVersion: '0.1.0', template: null }));
const problem = (text: string) => {
  const reading = readBackup(text, 4);
  return reading.ok ? null : reading.problem;
};

describe('readBackup', () => {
  it('reads a backup and says what it holds', () => {
    const reading = readBackup(file(), 4);
    expect(reading.ok && reading.summary).toMatchObject({ draftIssues: 1, publishedIssues: 0, clips: 0, template: false, schemaVersion: 4 });
  });

  it('accepts an older schema (the restore upgrades it)', () => {
    expect(readBackup(file(database(2)), 4).ok).toBe(true);
  });

  it.each([
    ['not JSON', 'hello, world', /not a Roundup Clipper backup \(it is not JSON\)/],
    ['another JSON file', '{"formatName":"dexie","data":{}}', /not a Roundup Clipper backup\./],
    ['a JSON array', '[1,2]', /not a Roundup Clipper backup\./],
    ['a truncated backup', file().slice(0, 200), /incomplete \(it was cut short\)/],
    ['a newer schema', file(database(5)), /newer database \(schema 5, this version reads up to 4\)/],
    ['a newer format', file().replace('"formatVersion":1', '"formatVersion":2'), /newer version of Roundup Clipper/],
    ['a table shorter than it says', file(database(4, [], 3)), /its issues table has fewer rows/],
    ['no database', JSON.stringify({ format: 'roundup-clipper-backup', formatVersion: 1, schemaVersion: 4 }), /damaged: its database is missing/],
  ])('refuses %s, in words, changing nothing', (_name, text, message) => {
    const found = problem(text);
    expect(found).toMatch(message);
    expect(found).toMatch(/Nothing was changed\.$/);
  });
});

describe('backup file names', () => {
  it('go into the Roundup Clipper folder, dated in local time', () => {
    expect(backupFileName(new Date(2026, 11, 2, 3, 7))).toBe('Roundup Clipper/roundup-backup-2026-12-02-0307.json');
  });

  it('recognise our backups by folder and name, on either path separator', () => {
    expect(isBackupFile('/home/ed/Downloads/Roundup Clipper/roundup-backup-2026-12-02-0307.json')).toBe(true);
    expect(isBackupFile('C:\\Users\\ed\\Downloads\\Roundup Clipper\\roundup-backup-2026-12-02-0307 (1).json')).toBe(true);
    expect(isBackupFile('/home/ed/Downloads/roundup-backup-2026-12-02-0307.json')).toBe(false);
    expect(isBackupFile('/home/ed/Downloads/Roundup Clipper/notes.json')).toBe(false);
  });
});
