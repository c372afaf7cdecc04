// The only door to storage: components and entrypoints open a store and call its verbs.

export type { IssueEdit } from '../model/issue';
export type { AddedClip } from './clips';
export { DATABASE_NAME, SCHEMA_VERSION } from './database';
export type { DuplicateReport } from './duplicates';
export type { InboxFill, InboxResult } from './inbox';
export type { BeforeUpgrade } from './older-schema';
export type { IssueQueue } from './queue';
export { type OpenStoreOptions, openStore, type RoundupStore } from './store';
export { IssueNumberTaken, type RefusalReason, StorageRefusal } from './write-guard';
