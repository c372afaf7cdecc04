// @vitest-environment happy-dom
// dexie-export-import reads and writes Blobs (FileReader): it needs a DOM-like environment.
import { describe, expect, it } from 'vitest';
import { openArchiveWithBackups } from '@/lib/backup/archive-with-backups';
import { pruneBackups } from '@/lib/backup/backup-downloads';
import { readBackup } from '@/lib/backup/backup-file';
import { WEEK } from '@/lib/backup/backup-schedule';
import { openStore, SCHEMA_VERSION } from '@/lib/db';
import { DEFAULT_TEMPLATE, type RoundupTemplate } from '@/lib/template/template';
import { fakeDownloads } from '@/test/support/fake-downloads';

function archive(clock = { now: Date.UTC(2026, 11, 2, 3, 17) }) {
  const fake = fakeDownloads();
  let template: RoundupTemplate = { ...DEFAULT_TEMPLATE, signOff: 'Ed' };
  const asked: string[] = [];
  const env = {
    ...fake,
    loadTemplate: async () => template,
    saveTemplate: async (t: RoundupTemplate) => {
      template = t;
    },
    appVersion: '0.1.0',
    storage: {
      persist: async () => asked.push('persist') > 0,
      persisted: async () => true,
    },
    now: () => clock.now,
  };
  const { store, backups } = openArchiveWithBackups(openStore, env, `test-${Math.random().toString(36).slice(2)}`);
  return { store, backups, fake, clock, asked, template: () => template };
}

describe('archive backups', () => {
  it('“Back up everything” writes one file into Roundup Clipper/ and records it', async () => {
    const { store, backups, fake } = archive();
    await store.currentIssue();
    const done = await backups.backUp('manual');
    const [path, text] = [...fake.files][0] ?? ['', ''];
    expect(path).toMatch(/\/Roundup Clipper\/roundup-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    const reading = readBackup(text ?? '', SCHEMA_VERSION);
    expect(reading.ok && reading.summary).toMatchObject({ draftIssues: 1, template: true });
    expect(reading.ok && reading.backup.template?.signOff).toBe('Ed');
    expect(done).toMatchObject({ lastBackupAt: Date.UTC(2026, 11, 2, 3, 17), lastBackupFile: path, lastReason: 'manual', keep: 10 });
    expect(fake.blobs.size).toBe(0); // the object URL is revoked once the file is written
  });

  it('keeps only the newest N backups it finds in the folder', async () => {
    const fake = fakeDownloads(
      [1, 2, 3, 4].map((n) => ({
        id: n,
        filename: `/d/Roundup Clipper/roundup-backup-2026-11-0${n}-1200.json`,
        state: 'complete',
        startTime: `2026-11-0${n}T12:00:00Z`,
      })),
    );
    fake.items.push({ id: 9, filename: '/d/other/roundup-backup-2026-11-01-1200.json', state: 'complete', startTime: '2026-11-01T12:00:00Z' });
    expect(await pruneBackups(fake.downloads, 2)).toBe(2);
    expect(fake.items.map((i) => i.id).sort()).toEqual([3, 4, 9]);
  });

  it('asks for persistent storage once, and backs up weekly counting from the first open', async () => {
    const { store, backups, fake, clock, asked } = archive();
    await backups.onPageOpen();
    await backups.onPageOpen();
    expect(asked).toEqual(['persist']);
    expect(fake.files.size).toBe(0);
    clock.now += WEEK;
    await backups.onPageOpen({ weekly: false });
    expect(fake.files.size).toBe(0);
    await backups.onPageOpen();
    expect(fake.files.size).toBe(1);
    expect(await store.backupSettings()).toMatchObject({ lastReason: 'weekly' });
    clock.now += WEEK - 1;
    await backups.onPageOpen();
    expect(fake.files.size).toBe(1);
  });

  it('Replace backs up this archive first and takes the backup’s template; Merge keeps this one', async () => {
    const here = archive();
    const issue = await here.store.currentIssue();
    await here.store.updateIssue(issue.id, { intro: 'here' });
    const there = archive();
    await there.backups.backUp('manual');
    const text = [...there.fake.files.values()][0];
    const reading = readBackup(text ?? '', SCHEMA_VERSION);
    if (!reading.ok) throw new Error(reading.problem);
    await here.backups.restore({ ...reading.backup, template: { ...DEFAULT_TEMPLATE, signOff: 'Them' } }, 'merge');
    expect(here.template().signOff).toBe('Ed');
    expect(here.fake.files.size).toBe(0);
    await here.backups.restore({ ...reading.backup, template: { ...DEFAULT_TEMPLATE, signOff: 'Them' } }, 'replace');
    expect(here.fake.files.size).toBe(1);
    const before = [...here.fake.files.values()][0];
    expect(before).toContain('"intro":"here"');
    expect(here.template().signOff).toBe('Them');
    expect(await here.store.backupSettings()).toMatchObject({ lastReason: 'before-replace' });
  });

  it('a backup that cannot be written is an error in words, recorded for the options page', async () => {
    const { store, backups, fake } = archive();
    fake.downloads.download = async () => {
      throw new Error('Invalid filename');
    };
    await expect(backups.backUp('publish')).rejects.toThrow('The automatic backup failed: Invalid filename');
    expect((await store.backupSettings()).lastError).toBe('The automatic backup failed: Invalid filename');
  });
});
