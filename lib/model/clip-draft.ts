import type { AttributionStyle } from '../attribution/propose-attribution';
import type { PageMetadata } from '../extract/page-metadata';
import type { ClipKind } from './clip';

/** What the page said about itself that the attribution proposal needs beyond authors and source. */
export type PageTraits = Pick<PageMetadata, 'kind' | 'event' | 'job'>;

/** One header line's fields as the editor types them (authors as one string). */
export interface LinkForm {
  title: string;
  url: string;
  authors: string;
  source: string;
  attribution: string;
  /** True once the editor typed their own attribution; until then it follows authors and source. */
  attributionEdited: boolean;
}

/**
 * The Clip view's fields exactly as the editor sees them, persisted as a draft
 * on every keystroke: one link's fields plus where and how it goes in the issue.
 */
export interface ClipForm extends LinkForm {
  section: string;
  kind: ClipKind;
  commentary: string;
  page: PageTraits;
  /** The template's attribution style ("and" or "&", when to write et al.); the default when absent. */
  style?: AttributionStyle;
  /** The tab's address when it differs from the canonical `url`, kept for duplicate lookups. */
  clippedUrl?: string;
}

/** A form in progress, stored under the page's canonical URL. */
export interface ClipDraft {
  key: string;
  form: ClipForm;
  updatedAt: number;
  /**
   * Set when "Quote in commentary" started the draft: only its commentary is the
   * editor's, so the popup takes the rest from the page as it reads it then.
   */
  startedByQuote?: boolean;
}
