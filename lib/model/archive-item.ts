import type { ClipKind, ClipLink } from './clip';

/** One item of a published issue, with its issue's number and date: what search and browse list. */
export interface ArchiveItem {
  clipId: number;
  issueId: number;
  issueNumber: number;
  /** ISO date of its issue. */
  date: string;
  section: string;
  kind: ClipKind;
  links: ClipLink[];
  commentary: string;
}
