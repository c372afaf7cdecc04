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
}

/** An item queued in an issue, as stored. */
export interface Clip {
  id?: number;
  issueId: number;
  section: string;
  /** Sort key within the section; smaller comes first. */
  position: number;
  kind: ClipKind;
  links: ClipLink[];
  commentary: string;
  /** Normalised forms of every link's URL, indexed for duplicate lookups. */
  urlKeys: string[];
  createdAt: number;
  updatedAt: number;
}

/** A clip before it is stored: the database assigns id, position, keys and timestamps. */
export type NewClip = Pick<Clip, 'issueId' | 'section' | 'kind' | 'links' | 'commentary'>;
