import { amendIssue, archiveItems, importIssues } from './archive-verbs';
import { exportArchive, restoreArchive } from './backup';
import { backupSettings, saveBackupSettings } from './backup-settings';
import { deleteClip, pendingDeletions, purgeExpiredDeletions, restoreClip } from './clip-deletion';
import { resolveClipConflict, setClipKind, updateClip } from './clip-edits';
import { addLinkToClip, mergeClips, moveClipLink, splitClipLink, undoAddLink, undoMerge } from './clip-groups';
import { moveClipToSection, placeClip, shiftClip } from './clip-order';
import { addClip, clipsForIssue, countClips, lastUsedSection, undoAddClip } from './clips';
import { allCorrections, correctionsForSite, forgetCorrection, rememberCorrections, updateCorrection } from './corrections';
import { RoundupDatabase } from './database';
import { deleteDraft, loadDraft, saveDraft, watchDrafts } from './drafts';
import { findDuplicates } from './duplicates';
import { applyTemplateSections, publishIssue, renameSection, resolveIssueConflict, updateIssue } from './issue-edits';
import { allIssues, currentIssue } from './issues';
import type { BeforeUpgrade } from './older-schema';
import { applyPendingEdits, pendingEdits, savePendingEdit } from './pending-edits';
import { watchClipCount, watchIssues, watchQueue } from './queue';
import { loadSetting, saveSetting } from './settings';

/** Every verb and query of the archive, each taking the database first. */
const operations = {
  addClip,
  undoAddClip,
  updateClip,
  resolveClipConflict,
  setClipKind,
  placeClip,
  shiftClip,
  moveClipToSection,
  mergeClips,
  undoMerge,
  splitClipLink,
  moveClipLink,
  addLinkToClip,
  undoAddLink,
  deleteClip,
  restoreClip,
  purgeExpiredDeletions,
  currentIssue,
  updateIssue,
  resolveIssueConflict,
  publishIssue,
  renameSection,
  applyTemplateSections,
  saveDraft,
  loadDraft,
  deleteDraft,
  watchDrafts,
  clipsForIssue,
  countClips,
  lastUsedSection,
  pendingDeletions,
  findDuplicates,
  allIssues,
  watchQueue,
  watchClipCount,
  watchIssues,
  correctionsForSite,
  allCorrections,
  rememberCorrections,
  updateCorrection,
  forgetCorrection,
  savePendingEdit,
  pendingEdits,
  applyPendingEdits,
  saveSetting,
  loadSetting,
  exportArchive,
  restoreArchive,
  backupSettings,
  saveBackupSettings,
  importIssues,
  amendIssue,
  archiveItems,
};

type Operations = typeof operations;
type Bound<F> = F extends (db: RoundupDatabase, ...args: infer A) => infer R ? (...args: A) => R : never;
type Operation = (db: RoundupDatabase, ...args: unknown[]) => unknown;

/**
 * The archive as components and entrypoints hold it: the named verbs and
 * queries bound to one database, and no tables, so the type checker keeps
 * every write going through a verb and a schema change never reaches the UI.
 */
export type RoundupStore = { readonly [K in keyof Operations]: Bound<Operations[K]> } & {
  /** Closes the connection; every later call rejects with Dexie's DatabaseClosedError. */
  readonly close: () => void;
};

export function storeFor(db: RoundupDatabase): RoundupStore {
  const bound = Object.entries(operations).map(([name, operation]) => [name, (...args: unknown[]) => (operation as Operation)(db, ...args)]);
  return Object.freeze({ ...Object.fromEntries(bound), close: () => db.close() }) as RoundupStore;
}

export interface OpenStoreOptions {
  /** Extension pages pass it: a database an older schema wrote is exported (backed up) before it is upgraded. */
  beforeUpgrade?: BeforeUpgrade;
}

/** Opens the editor's archive (or, for tests and benchmarks, a database of another name). */
export function openStore(name?: string, options: OpenStoreOptions = {}): RoundupStore {
  return storeFor(new RoundupDatabase(name, options.beforeUpgrade));
}
