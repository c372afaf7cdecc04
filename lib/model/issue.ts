import type { IssueDocument } from '../roundup/issue-document';
import type { Revisioned } from './revision';

export type IssueStatus = 'draft' | 'published';

/** One weekly issue of the newsletter, as stored: it has its id from the moment it is stored. */
export interface Issue extends Revisioned {
  id: number;
  number: number;
  /** ISO date (YYYY-MM-DD) the issue goes out, a Friday by default. */
  date: string;
  status: IssueStatus;
  intro: string;
  /** Section names in the order this issue prints them. */
  sectionOrder: string[];
  /** `hero-img` of the front matter; '' for none. */
  heroImg?: string;
  /** The subtitle as the editor wrote it; absent to build it from the clips' labels. */
  subtitle?: string;
  /** The markdown exported when the issue was published, kept as sent. */
  markdown?: string;
  publishedAt?: number;
  /** The front matter's title of an issue brought in from the site's archive (issue #11). */
  title?: string;
  /**
   * An amended issue from the archive: the structured issue, without the
   * whole-file copy (that is `markdown`); its items keep their own originals,
   * so another "Amend issue" re-renders only the item it changes. An import
   * stores none: its file's text, `markdown`, reads into it again when first
   * amended, and the rows stay light to write and to list.
   */
  document?: IssueDocument;
  createdAt: number;
  updatedAt: number;
}

/** The fields of a draft issue the editor can change in place. */
export type IssueEdit = Partial<Pick<Issue, 'number' | 'date' | 'intro' | 'heroImg' | 'subtitle' | 'sectionOrder'>>;

const FRIDAY = 5;

/** The coming Friday (today if today is a Friday), as an ISO date in local time. */
export function comingFriday(today: Date): string {
  const date = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  date.setDate(date.getDate() + ((FRIDAY - date.getDay() + 7) % 7));
  return isoDate(date);
}

function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The ISO date `days` later: the next issue goes out a week after this one. */
export function addDays(isoDay: string, days: number): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  return isoDate(new Date(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days));
}

/** "22 Jul 2022", the date as the newsletter writes it in issue titles. */
export function issueDateLabel(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}
