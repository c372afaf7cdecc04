/** What kind of page was clipped; decides how the attribution is proposed. */
export type PageKind = 'article' | 'paper' | 'job' | 'event' | 'page';

/** Details of an `Event` page, for an attribution like "3 Nov 15:00–16:00 UTC, Speaker, Free". */
export interface EventDetails {
  performers: string[];
  organizer: string | null;
  /** ISO start date/time as the page gives it. */
  startDate: string | null;
  /** ISO end date/time, when the page gives one. */
  endDate?: string | null;
  /** "Free" or a price such as "£20"; null when the page says nothing. */
  price: string | null;
}

/** Details of a `JobPosting` page, for an attribution like "University of Exeter, Exeter UK". */
export interface JobDetails {
  organization: string | null;
  location: string | null;
}

/**
 * Everything the popup needs to know about a page, narrowed to plain strings.
 * Produced by `extractPageMetadata` inside the page and sent to the popup, so it
 * must stay structured-clonable (no DOM nodes, no functions).
 */
export interface PageMetadata {
  /** The URL as clipped (the tab's address). */
  url: string;
  /** Same-site `rel=canonical` if present, else `url`; tracking parameters removed. */
  canonicalUrl: string;
  title: string;
  authors: string[];
  /** The publication as readers cite it, or null (e.g. a personal site). */
  source: string | null;
  excerpt: string;
  /** ISO 8601, or null. */
  publishedTime: string | null;
  lang: string | null;
  wordCount: number;
  kind: PageKind;
  event?: EventDetails;
  job?: JobDetails;
}
