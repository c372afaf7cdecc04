import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Clip } from '../model/clip';
import type { ClipDraft } from '../model/clip-draft';
import type { Correction } from '../model/correction';
import type { Issue } from '../model/issue';

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

  constructor(name: string = DATABASE_NAME) {
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
  }
}

export function openDatabase(name?: string): RoundupDatabase {
  return new RoundupDatabase(name);
}
