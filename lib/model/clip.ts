import type { Revisioned } from './revision';

/** Link item, note or brief: the three kinds of item in an issue (format doc, section 2). */
export type ClipKind = 'link' | 'note' | 'brief';

export const CLIP_KINDS: readonly { kind: ClipKind; label: string }[] = [
  { kind: 'link', label: 'Link' },
  { kind: 'note', label: 'Note' },
  { kind: 'brief', label: 'Brief' },
];

/** One header line of a link item: `[title](url) - attribution`. */
export interface ClipLink {
  title: string;
  url: string;
  authors: string[];
  source: string | null;
  attribution: string;
  /** The address it was clipped from, when that differs from `url` (an AMP or tracking variant). */
  clippedUrl?: string;
}

/** An item queued in an issue, as stored: it has its id from the moment it is stored. */
export interface Clip extends Revisioned {
  id: number;
  issueId: number;
  section: string;
  /** Sort key within the section; smaller comes first. */
  position: number;
  kind: ClipKind;
  links: ClipLink[];
  commentary: string;
  /** Short topic label for the issue's subtitle line. */
  label: string;
  /** Whether `label` goes into the subtitle. */
  inSubtitle: boolean;
  /**
   * True once "In subtitle" is the editor's: ticked by typing the first label, or
   * set by hand. Absent on older clips (`subtitleChoiceOf` infers it).
   */
  inSubtitleChosen?: boolean;
  /** Carried over to the next issue, commentary and all, when this one is published. */
  holdForNextWeek?: boolean;
  /** Set when the editor deletes the clip; it is only purged once Undo has expired. */
  deletedAt: number | null;
  /** Set on a clip merged into another (and so deleted): what Undo needs to take the merge back. */
  mergedInto?: ClipMerge;
  /**
   * Where an imported item sits in its issue's document (section and item
   * index), so "Amend issue" re-renders just that item. Absent on clipped items.
   */
  archiveItem?: { section: number; item: number };
  /**
   * Normalised forms of every link's URL, indexed for duplicate lookups; an
   * imported item adds those of the links in its text (`findDuplicates` tells them apart).
   */
  urlKeys: string[];
  createdAt: number;
  updatedAt: number;
}

/** A clip's grouped content: what a merge changes. */
export type ClipContent = Pick<Clip, 'links' | 'commentary'>;

/**
 * A merge as Undo sees it: the item the clip went into, and that item's links
 * and commentary just before and just after, so an edit made to it since is kept.
 */
export interface ClipMerge {
  targetId: number;
  before: ClipContent;
  after: ClipContent;
}

/** A clip before it is stored: the database assigns id, position, keys and timestamps. */
export type NewClip = Pick<Clip, 'issueId' | 'section' | 'kind' | 'links' | 'commentary'> & Partial<Pick<Clip, 'label' | 'inSubtitle'>>;

/** The fields of a queued clip the editor can change in place. */
export type ClipEdit = Partial<Pick<Clip, 'kind' | 'links' | 'commentary' | 'label' | 'inSubtitle' | 'inSubtitleChosen' | 'holdForNextWeek'>>;
