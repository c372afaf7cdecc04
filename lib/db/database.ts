import Dexie, { type EntityTable, type PromiseExtended, type Table } from 'dexie';
import type { Clip } from '../model/clip';
import type { ClipDraft } from '../model/clip-draft';
import type { Correction } from '../model/correction';
import type { Issue } from '../model/issue';
import type { PendingEdit } from '../model/pending-edit';
import type { Revisioned } from '../model/revision';
import type { Setting } from '../model/setting';
import { type BeforeUpgrade, exportOlderSchema } from './older-schema';

export const DATABASE_NAME = 'roundup-clipper';

/**
 * The editor's whole archive. Every `version(n)` stays here for as long as an
 * editor may still have data written by it; components never see these tables,
 * only the named queries in this folder.
 */
export class RoundupDatabase extends Dexie {
  issues!: EntityTable<Issue, 'id'>;
  clips!: EntityTable<Clip, 'id'>;
  drafts!: EntityTable<ClipDraft, 'key'>;
  /** The editor's remembered fixes to extraction, per site: their data, like the clips (and in any Dexie-level backup). */
  corrections!: Table<Correction, [string, string, string]>;
  /** Edits written in one `put` as a page unloads, applied to their clip or issue by the next page that opens (issue #10). */
  pendingEdits!: EntityTable<PendingEdit, 'key'>;
  /** The options as typed (the template), and the backup bookkeeping; storage.sync gets a throttled copy. */
  settings!: EntityTable<Setting, 'key'>;

  /** Set once the check for an older schema (and its export) has run; see `open`. */
  private olderSchemaChecked?: Promise<void>;

  /**
   * With `beforeUpgrade`, an extension page's store first exports a database an
   * older schema wrote (issue #10: a backup before every schema upgrade), then opens it.
   */
  constructor(
    name: string = DATABASE_NAME,
    private readonly beforeUpgrade?: BeforeUpgrade,
  ) {
    super(name);
    this.version(1).stores({
      issues: '++id, &number, status',
      clips: '++id, issueId, [issueId+section], createdAt, *urlKeys',
      drafts: 'key, updatedAt',
    });
    // v2: index deletion times so expired deletions are purged without a scan
    // (null, a live clip, is not a valid key and so is not in the index).
    this.version(2).stores({
      clips: '++id, issueId, [issueId+section], createdAt, *urlKeys, deletedAt',
    });
    // v3: fixes the editor made to extraction, remembered per site (issue #12), one row
    // per site, field and extracted value; indexed by site for the popup's lookup.
    this.version(3).stores({
      corrections: '[site+field+from], site, updatedAt',
    });
    // v4: a stable UUID and a revision on every clip and issue, so two pages (or a
    // backup and this browser) merge instead of overwriting; pending edits written as a
    // page unloads; the options kept here as typed (issue #10).
    this.version(4)
      .stores({
        issues: '++id, &number, status, &uid',
        clips: '++id, issueId, [issueId+section], createdAt, *urlKeys, deletedAt, &uid',
        pendingEdits: 'key, updatedAt',
        settings: 'key',
      })
      .upgrade(async (tx) => {
        // Derived, not random: the same v1–v3 data (this database, or an old backup restored
        // twice) upgrades to the same uids, so merging it again finds the rows it already holds.
        await tx
          .table('issues')
          .toCollection()
          .modify((row: Partial<Revisioned> & { number: number }) => identify(row, `v3-issue-${row.number}`));
        await tx
          .table('clips')
          .toCollection()
          .modify((row: Partial<Revisioned> & { id: number; createdAt: number }) => identify(row, `v3-clip-${row.createdAt}-${row.id}`));
      });
    for (const table of [this.issues, this.clips] as Table<Revisioned>[]) {
      table.hook('creating', (_key, row) => identify(row));
      // A write that sets `rev` itself (a restore keeping the backup's) keeps it.
      table.hook('updating', (changes, _key, row) => ('rev' in changes ? undefined : { rev: (row.rev ?? 0) + 1 }));
    }
  }

  /**
   * Dexie opens on the first query (or liveQuery); every caller comes through
   * here, so the older-schema export runs once, before the upgrade, whoever asks first.
   */
  override open(): PromiseExtended<Dexie> {
    const hook = this.beforeUpgrade;
    if (!hook) return super.open();
    this.olderSchemaChecked ??= exportOlderSchema(this.name, SCHEMA_VERSION, hook);
    return Dexie.Promise.resolve(this.olderSchemaChecked).then(() => super.open());
  }
}

/** The schema version this code writes; a backup from a newer one is refused. */
export const SCHEMA_VERSION = 4;

/** Gives a row its identity once: created here, upgraded from v3, or restored without one. */
function identify(row: Partial<Revisioned>, uid?: string): void {
  row.uid ??= uid ?? crypto.randomUUID();
  row.rev ??= 1;
}

export function openDatabase(name?: string): RoundupDatabase {
  return new RoundupDatabase(name);
}
