import { backupSettings, saveBackupSettings } from './backup-settings';
import { addClip, addLinkToClip, clipsForIssue, countClips, lastUsedSection, undoAddClip, undoAddLink } from './clips';
import { allCorrections, correctionsForSites, forgetCorrection, rememberCorrections, updateCorrection } from './corrections';
import { RoundupDatabase } from './database';
import { pendingDeletions } from './deleted-clips';
import { deleteDraft, loadDraft, quoteIntoDraft, saveDraft, saveDraftOnUnload, watchDrafts } from './drafts';
import { findDuplicates } from './duplicates';
import { allIssues, currentIssue, hasPublishedIssue } from './issues';
import { later } from './later';
import type { BeforeUpgrade } from './older-schema';
import { pendingEdits, savePendingEdit } from './pending-edits';
import { watchClipCount, watchIssues, watchQueue } from './queue';
import { loadSetting, saveSetting } from './settings';

// The verbs of the Queue, the issue page and the options page, loaded when first called:
// the Clip view never calls them, and the popup's first load must carry only what it needs.
const clipEdits = () => import('./clip-edits');
const clipOrder = () => import('./clip-order');
const clipGroups = () => import('./clip-groups');
const clipDeletion = () => import('./clip-deletion');
const issueEdits = () => import('./issue-edits');
// The Inbox's verbs: the background's menu, and the popup only on a page waiting in the Inbox.
const inbox = () => import('./inbox');
const applying = () => import('./apply-pending-edits');
// Only the options page, the automatic backups and the Archive page call these.
const backup = () => import('./backup');
const archiveImport = () => import('./archive-import');
const archiveAmend = () => import('./archive-amend');
const archiveItemsModule = () => import('./archive-items');
const archiveSearch = () => import('./archive-search-index');

/** Every verb and query of the archive, each taking the database first. */
const operations = {
  addClip,
  undoAddClip,
  updateClip: later(clipEdits, 'updateClip'),
  resolveClipConflict: later(clipEdits, 'resolveClipConflict'),
  setClipKind: later(clipEdits, 'setClipKind'),
  placeClip: later(clipOrder, 'placeClip'),
  shiftClip: later(clipOrder, 'shiftClip'),
  moveClipToSection: later(clipOrder, 'moveClipToSection'),
  mergeClips: later(clipGroups, 'mergeClips'),
  undoMerge: later(clipGroups, 'undoMerge'),
  splitClipLink: later(clipGroups, 'splitClipLink'),
  moveClipLink: later(clipGroups, 'moveClipLink'),
  addLinkToClip,
  undoAddLink,
  deleteClip: later(clipDeletion, 'deleteClip'),
  restoreClip: later(clipDeletion, 'restoreClip'),
  purgeExpiredDeletions: later(clipDeletion, 'purgeExpiredDeletions'),
  currentIssue,
  updateIssue: later(issueEdits, 'updateIssue'),
  resolveIssueConflict: later(issueEdits, 'resolveIssueConflict'),
  publishIssue: later(issueEdits, 'publishIssue'),
  renameSection: later(issueEdits, 'renameSection'),
  applyTemplateSections: later(issueEdits, 'applyTemplateSections'),
  addToInbox: later(inbox, 'addToInbox'),
  fillInboxClip: later(inbox, 'fillInboxClip'),
  undoFillInboxClip: later(inbox, 'undoFillInboxClip'),
  saveDraft,
  saveDraftOnUnload,
  quoteIntoDraft,
  loadDraft,
  deleteDraft,
  watchDrafts,
  clipsForIssue,
  countClips,
  lastUsedSection,
  pendingDeletions,
  findDuplicates,
  allIssues,
  hasPublishedIssue,
  watchQueue,
  watchClipCount,
  watchIssues,
  correctionsForSites,
  allCorrections,
  rememberCorrections,
  updateCorrection,
  forgetCorrection,
  savePendingEdit,
  pendingEdits,
  applyPendingEdits: later(applying, 'applyPendingEdits'),
  saveSetting,
  loadSetting,
  exportArchive: later(backup, 'exportArchive'),
  restoreArchive: later(backup, 'restoreArchive'),
  backupSettings,
  saveBackupSettings,
  importIssues: later(archiveImport, 'importIssues'),
  amendIssue: later(archiveAmend, 'amendIssue'),
  archiveItems: later(archiveItemsModule, 'archiveItems'),
  archiveSearchBasis: later(archiveSearch, 'archiveSearchBasis'),
  storedArchiveSearch: later(archiveSearch, 'storedArchiveSearch'),
  saveArchiveSearch: later(archiveSearch, 'saveArchiveSearch'),
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
