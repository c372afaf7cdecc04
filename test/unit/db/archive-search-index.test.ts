// @vitest-environment happy-dom
// dexie-export-import (backups) reads and writes Blobs: it needs a DOM-like environment.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createArchiveSearch, loadArchiveSearch } from '@/lib/archive/archive-search';
import { readIssueFile } from '@/lib/archive/issue-file';
import { readBackup } from '@/lib/backup/backup-file';
import { SCHEMA_VERSION } from '@/lib/db';
import type { ImportedIssue } from '@/lib/model/imported-issue';
import { ARCHIVE_SEARCH_SETTING } from '@/lib/model/setting';
import { importIssue, renderIssue } from '@/lib/roundup';
import { must } from '@/test/support/must';
import { testDatabase } from '@/test/support/test-database';

/** How amendIssue reads an imported issue's text and writes it again, as the Archive page passes them. */
const TEXT = { read: importIssue, render: renderIssue };
const ARCHIVE = path.resolve('test/fixtures/archive');
const read = (name: string) => readIssueFile(name, readFileSync(path.join(ARCHIVE, name), 'utf8')) as ImportedIssue;
const META = { createdAt: 0, appVersion: '0.1.0', template: null };

/** An archive of two imported issues whose search index is stored, as the Archive page leaves it. */
async function indexedArchive() {
  const { db, store } = testDatabase();
  await store.importIssues([read('0128.md'), read('0130.md')]);
  const basis = await store.archiveSearchBasis();
  await store.saveArchiveSearch(createArchiveSearch(await store.archiveItems()).toJSON(), basis);
  return { db, store, basis };
}

describe('the stored archive search index', () => {
  it('searches, once loaded, as the index it was made from', async () => {
    const { store, basis } = await indexedArchive();
    const items = await store.archiveItems();
    const loaded = loadArchiveSearch(must(await store.storedArchiveSearch(basis), 'stored index'));
    const fresh = createArchiveSearch(items);
    expect(loaded.size).toBe(items.length);
    for (const query of ['process', 'hiring manager', 'kubernetes']) {
      expect(loaded.search(query).map((hit) => [hit.item, hit.title, hit.snippet])).toEqual(
        fresh.search(query).map((hit) => [hit.item, hit.title, hit.snippet]),
      );
    }
  });

  it('is stale once the published issues differ, and forgotten by an import and by Amend issue', async () => {
    const { store, basis } = await indexedArchive();
    await store.importIssues([read('0132.md')]);
    const after = await store.archiveSearchBasis();
    expect(after).not.toBe(basis);
    expect(await store.storedArchiveSearch(basis)).toBeNull();

    await store.saveArchiveSearch('{}', after);
    expect(await store.storedArchiveSearch(after)).toBe('{}');
    const item = must(
      (await store.archiveItems()).find((i) => i.issueNumber === 130 && i.kind === 'link'),
      'an item of #130',
    );
    await store.amendIssue(item.clipId, { commentary: 'Amended.' }, TEXT);
    expect(await store.storedArchiveSearch(after)).toBeNull();
  });

  it('is left out of backups, and a restore (merge) forgets this browser’s', async () => {
    const { db, store, basis } = await indexedArchive();
    const reading = readBackup(await store.exportArchive(META), SCHEMA_VERSION);
    if (!reading.ok) throw new Error(reading.problem);
    expect(JSON.stringify(reading.backup)).not.toContain(ARCHIVE_SEARCH_SETTING);
    await store.restoreArchive(reading.backup, 'merge');
    expect(await db.settings.get(ARCHIVE_SEARCH_SETTING)).toBeUndefined();
    expect(await store.storedArchiveSearch(basis)).toBeNull();
  });
});
