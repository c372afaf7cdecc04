import type * as Amend from './archive-amend';
import type * as Import from './archive-import';
import type * as Items from './archive-items';
import type { RoundupDatabase } from './database';

type Rest<F> = F extends (db: RoundupDatabase, ...args: infer A) => unknown ? A : never;

// The archive's verbs, loaded when first called: only the Archive page calls them,
// and every page's store lists them, so the popup's first load must not carry them.

export async function importIssues(db: RoundupDatabase, ...args: Rest<typeof Import.importIssues>): ReturnType<typeof Import.importIssues> {
  return (await import('./archive-import')).importIssues(db, ...args);
}

export async function amendIssue(db: RoundupDatabase, ...args: Rest<typeof Amend.amendIssue>): ReturnType<typeof Amend.amendIssue> {
  return (await import('./archive-amend')).amendIssue(db, ...args);
}

export async function archiveItems(db: RoundupDatabase): ReturnType<typeof Items.archiveItems> {
  return (await import('./archive-items')).archiveItems(db);
}
