import Dexie, { type EntityTable } from 'dexie';
import type { Clip } from '../model/clip';
import type { ClipDraft } from '../model/clip-draft';
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
  }
}

export function openDatabase(name?: string): RoundupDatabase {
  return new RoundupDatabase(name);
}
