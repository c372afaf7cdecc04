import type { IssueDocument } from '../roundup/issue-document';
import type { ArchiveItem } from './archive-item';
import type { ClipKind, ClipLink } from './clip';

/** One item of an archived issue, as it becomes a clip of that published issue. */
export interface ImportedItem {
  section: string;
  /** Where it sits in the document: `archiveItem` of its clip. */
  place: { section: number; item: number };
  kind: ClipKind;
  links: ClipLink[];
  /** The item's block markdown: a link item's commentary, a note's or brief's text. */
  commentary: string;
  /** Links written inside that text, for "Linked in #N" (in commentary). */
  textUrls: string[];
}

/** A file of the site's `_newsletter_issues/` collection, read and ready to store. */
export interface ImportedIssue {
  fileName: string;
  number: number;
  /** ISO date from the front matter. */
  date: string;
  subtitle?: string;
  heroImg?: string;
  intro: string;
  sectionOrder: string[];
  /** The file's text, exactly: what the issue exports until amended. */
  markdown: string;
  document: IssueDocument;
  items: ImportedItem[];
}

/** A file that was not read as an issue, by name, with the reason in the editor's words. */
export interface SkippedFile {
  fileName: string;
  reason: string;
}

/** What one import did, by issue number. */
export interface ImportOutcome {
  added: number[];
  /** Already stored with exactly this text: nothing changed. */
  unchanged: number[];
  /** Stored with other text and not chosen for Replace: left as stored, offered to the editor. */
  differing: number[];
  replaced: number[];
  /** The draft issue, moved past the archive (highest number + 1, next Friday), if it had to move. */
  draftMovedTo?: { number: number; date: string };
  /**
   * The items of the added issues as `archiveItems` lists them (newest issue first, in issue
   * order), so the Archive page indexes them without reading the archive back.
   */
  addedItems: ArchiveItem[];
}
