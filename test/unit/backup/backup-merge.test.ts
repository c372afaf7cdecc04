// @vitest-environment happy-dom
// dexie-export-import reads and writes Blobs (FileReader): it needs a DOM-like environment.
import { describe, expect, it } from 'vitest';
import { readBackup } from '@/lib/backup/backup-file';
import { type RoundupStore, SCHEMA_VERSION } from '@/lib/db';
import type { BackupFile } from '@/lib/model/backup';
import { testDatabase } from '@/test/support/test-database';

const META = { createdAt: 0, appVersion: '0.1.0', template: null };
const link = (title: string) => ({ title, url: `https://e.org/${title}`, authors: [], source: null, attribution: 'E' });

async function backupOf(store: RoundupStore): Promise<BackupFile> {
  const reading = readBackup(await store.exportArchive(META), SCHEMA_VERSION);
  if (!reading.ok) throw new Error(reading.problem);
  return reading.backup;
}

/** This browser's archive, and a second browser that restored its backup: the same rows, UUIDs and revisions. */
async function twoBrowsers() {
  const here = testDatabase();
  const issue = await here.store.currentIssue(new Date(2026, 10, 1));
  const a = (await here.store.addClip({ issueId: issue.id, section: 'Random', kind: 'link', links: [link('a')], commentary: 'first' })).clip;
  const b = (await here.store.addClip({ issueId: issue.id, section: 'Random', kind: 'note', links: [], commentary: 'second' })).clip;
  const there = testDatabase();
  await there.store.restoreArchive(await backupOf(here.store), 'replace');
  return { here, there, issue, a, b };
}

describe('Merge into this archive', () => {
  it('merging a backup of the same archive changes nothing and duplicates nothing', async () => {
    const { here } = await twoBrowsers();
    const before = { issues: await here.db.issues.toArray(), clips: await here.db.clips.toArray() };
    const report = await here.store.restoreArchive(await backupOf(here.store), 'merge');
    expect(report).toMatchObject({ issuesAdded: 0, issuesMerged: 0, clipsAdded: 0, clipsMerged: 0, conflicts: 0 });
    expect({ issues: await here.db.issues.toArray(), clips: await here.db.clips.toArray() }).toEqual(before);
  });

  it('the newer revision wins and the other text is kept as a conflict', async () => {
    const { here, there, a } = await twoBrowsers();
    await there.store.updateClip(a.id, { commentary: 'edited there' });
    await there.store.updateClip(a.id, { label: 'Label there' });
    await here.store.updateClip(a.id, { commentary: 'edited here' });
    const report = await here.store.restoreArchive(await backupOf(there.store), 'merge');
    const merged = await here.db.clips.get(a.id);
    expect(merged?.commentary).toBe('edited there');
    expect(merged?.label).toBe('Label there');
    expect(merged?.conflicts).toEqual([expect.objectContaining({ field: 'commentary', value: 'edited here' })]);
    expect(merged?.uid).toBe(a.uid);
    expect(merged?.rev).toBeGreaterThan(3);
    expect(report).toMatchObject({ clipsMerged: 1, clipsAdded: 0, conflicts: 1 });
    expect(await here.db.clips.count()).toBe(2);
  });

  it('keeps this archive’s newer text and the backup’s older one as a conflict', async () => {
    const { here, there, a } = await twoBrowsers();
    await there.store.updateClip(a.id, { commentary: 'older, there' });
    await here.store.updateClip(a.id, { commentary: 'newer, here' });
    await here.store.updateClip(a.id, { label: 'here' });
    await here.store.restoreArchive(await backupOf(there.store), 'merge');
    const merged = await here.db.clips.get(a.id);
    expect(merged?.commentary).toBe('newer, here');
    expect(merged?.conflicts).toEqual([expect.objectContaining({ field: 'commentary', value: 'older, there' })]);
  });

  it('adds what only the backup has, deleted clips and drafts included, and drops nothing of this archive', async () => {
    const { here, there, issue } = await twoBrowsers();
    const added = (await there.store.addClip({ issueId: issue.id, section: 'Random', kind: 'note', links: [], commentary: 'only there' })).clip;
    const gone = (await there.store.addClip({ issueId: issue.id, section: 'Random', kind: 'note', links: [], commentary: 'deleted there' })).clip;
    await there.store.deleteClip(gone.id);
    await there.store.saveDraft('https://e.org/draft', { commentary: 'typed there' } as never);
    const mine = (await here.store.addClip({ issueId: issue.id, section: 'Random', kind: 'note', links: [], commentary: 'only here' })).clip;
    await here.store.restoreArchive(await backupOf(there.store), 'merge');
    const clips = await here.db.clips.toArray();
    expect(clips.map((c) => c.commentary).sort()).toEqual(['deleted there', 'first', 'only here', 'only there', 'second']);
    expect(new Set(clips.map((c) => c.uid)).size).toBe(5);
    expect(clips.find((c) => c.uid === added.uid)?.issueId).toBe(issue.id);
    expect(clips.find((c) => c.uid === gone.uid)?.deletedAt).toBeTypeOf('number');
    expect(clips.find((c) => c.id === mine.id)?.commentary).toBe('only here');
    expect(await here.store.loadDraft('https://e.org/draft')).toBeTruthy();
  });

  it('matches an issue by number when another browser started it on its own, and files its clips there', async () => {
    const here = testDatabase();
    const there = testDatabase();
    const mine = await here.store.currentIssue(new Date(2026, 10, 1));
    await here.store.updateIssue(mine.id, { intro: 'Intro here' });
    // Another browser's #1 and #2: #1 published there, #2 its draft.
    const theirs = await there.store.currentIssue(new Date(2026, 10, 1));
    await there.store.updateIssue(theirs.id, { intro: 'Intro there' });
    await there.store.addClip({ issueId: theirs.id, section: 'Random', kind: 'note', links: [], commentary: 'sent there' });
    const next = await there.store.publishIssue(theirs.id, '# #1 as sent\n');
    await there.store.addClip({ issueId: next.id, section: 'Random', kind: 'note', links: [], commentary: 'for #2' });
    const report = await here.store.restoreArchive(await backupOf(there.store), 'merge');
    const issues = await here.db.issues.orderBy('number').toArray();
    expect(issues.map((i) => [i.number, i.status])).toEqual([
      [1, 'published'],
      [2, 'draft'],
    ]);
    // #1 is published there: it wins over this draft whatever the revisions, and this intro is kept.
    expect(issues[0]).toMatchObject({ id: mine.id, uid: mine.uid, intro: 'Intro there', markdown: '# #1 as sent\n' });
    expect(issues[0]?.conflicts).toEqual([expect.objectContaining({ field: 'intro', value: 'Intro here' })]);
    const clips = await here.db.clips.toArray();
    expect(clips.find((c) => c.commentary === 'sent there')?.issueId).toBe(mine.id);
    expect(clips.find((c) => c.commentary === 'for #2')?.issueId).toBe(issues[1]?.id);
    expect(report).toMatchObject({ issuesAdded: 1, issuesMerged: 1, clipsAdded: 2 });
  });
});

describe('Replace this archive', () => {
  it('leaves exactly the backup’s rows, keeping this browser’s backup bookkeeping', async () => {
    const { here, there } = await twoBrowsers();
    await here.store.saveBackupSettings({ keep: 3, lastBackupAt: 42 });
    await there.store.saveBackupSettings({ keep: 7 });
    await there.store.updateIssue((await there.store.currentIssue()).id, { intro: 'there' });
    await here.store.restoreArchive(await backupOf(there.store), 'replace');
    expect(await here.db.issues.toArray()).toEqual(await there.db.issues.toArray());
    expect(await here.db.clips.toArray()).toEqual(await there.db.clips.toArray());
    expect(await here.store.backupSettings()).toMatchObject({ keep: 3, lastBackupAt: 42 });
  });
});
