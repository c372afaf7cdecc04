// @vitest-environment happy-dom
// dexie-export-import reads and writes Blobs (FileReader): it needs a DOM-like environment.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBackup } from '@/lib/backup/backup-file';
import { type RoundupStore, SCHEMA_VERSION } from '@/lib/db';
import type { ClipKind } from '@/lib/model/clip';
import type { IssueDocument } from '@/lib/roundup';
import { DEFAULT_TEMPLATE } from '@/lib/template/template';
import { issueMarkdowns } from '@/test/support/schema-fixtures';
import { testDatabase } from '@/test/support/test-database';
import { testStore } from '@/test/support/test-store';
import { anyIssueDocument } from '@/test/unit/roundup/arbitrary-issue';

const META = { createdAt: Date.UTC(2026, 11, 2, 3, 17), appVersion: '0.1.0', template: DEFAULT_TEMPLATE };

/** Files each generated issue document into the archive as issues and clips, through the verbs the pages use. */
async function seed(store: RoundupStore, docs: readonly { doc: IssueDocument; publish: boolean; deleteFirst: boolean }[]): Promise<void> {
  for (const { doc, publish, deleteFirst } of docs) {
    const issue = await store.currentIssue(new Date(2026, 10, 1));
    await store.updateIssue(issue.id, {
      intro: doc.intro,
      sectionOrder: doc.sections.map((s) => s.name),
      ...(doc.frontMatter ? { subtitle: doc.frontMatter.subtitle } : {}),
    });
    let first: number | undefined;
    for (const section of doc.sections) {
      for (const item of section.items) {
        const kind: ClipKind = item.kind;
        const links = item.kind === 'link' ? item.links.map((l) => ({ ...l, authors: [], source: null })) : [];
        const commentary = item.kind === 'link' ? item.commentary : item.text;
        const { clip } = await store.addClip({ issueId: issue.id, section: section.name, kind, links, commentary });
        first ??= clip.id;
      }
    }
    if (deleteFirst && first !== undefined) await store.deleteClip(first);
    if (publish) await store.publishIssue(issue.id, `# ${doc.intro}\n`);
  }
}

describe('backup → restore into an empty database', () => {
  it('gives the same export for every issue and the same rows (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ doc: anyIssueDocument, publish: fc.boolean(), deleteFirst: fc.boolean() }), { minLength: 1, maxLength: 3 }),
        async (docs) => {
          const { db, store } = testDatabase();
          await seed(store, docs);
          const reading = readBackup(await store.exportArchive(META), SCHEMA_VERSION);
          if (!reading.ok) throw new Error(reading.problem);
          const restored = testDatabase();
          await restored.store.restoreArchive(reading.backup, 'replace');
          expect(await issueMarkdowns(restored.store)).toEqual(await issueMarkdowns(store));
          expect(await restored.db.issues.toArray()).toEqual(await db.issues.toArray());
          expect(await restored.db.clips.toArray()).toEqual(await db.clips.toArray());
          expect(reading.backup.template).toEqual(DEFAULT_TEMPLATE);
          store.close();
          restored.store.close();
        },
      ),
      { numRuns: 10 },
    );
    // Ten archives of up to three issues, each written, exported and restored: seconds on a busy machine.
  }, 120_000);

  it('carries drafts, corrections, pending edits, deleted clips and the versions', async () => {
    const { store } = testDatabase();
    const issue = await store.currentIssue();
    const { clip } = await store.addClip({ issueId: issue.id, section: 'Random', kind: 'note', links: [], commentary: 'Gone soon' });
    await store.deleteClip(clip.id);
    await store.saveDraft('https://e.org/a', { commentary: 'typed' } as never);
    await store.rememberCorrections([{ site: 'e.org', field: 'source', from: 'E', to: 'Example' }]);
    await store.savePendingEdit({ key: `issue:${issue.id}`, target: 'issue', id: issue.id, edit: { intro: 'late' }, base: { intro: '' }, updatedAt: 5 });
    const reading = readBackup(await store.exportArchive(META), SCHEMA_VERSION);
    if (!reading.ok) throw new Error(reading.problem);
    expect(reading.backup).toMatchObject({
      format: 'roundup-clipper-backup',
      formatVersion: 1,
      schemaVersion: SCHEMA_VERSION,
      appVersion: '0.1.0',
      createdAt: '2026-12-02T03:17:00.000Z',
    });
    expect(reading.summary).toEqual({
      draftIssues: 1,
      publishedIssues: 0,
      clips: 1,
      deletedClips: 1,
      drafts: 1,
      corrections: 1,
      template: true,
      createdAt: '2026-12-02T03:17:00.000Z',
      schemaVersion: SCHEMA_VERSION,
    });
    const restored = testStore();
    await restored.restoreArchive(reading.backup, 'replace');
    expect(await restored.pendingDeletions(issue.id)).toHaveLength(1);
    expect(await restored.loadDraft('https://e.org/a')).toBeTruthy();
    expect(await restored.allCorrections()).toHaveLength(1);
    expect(await restored.pendingEdits()).toHaveLength(1);
  });
});
