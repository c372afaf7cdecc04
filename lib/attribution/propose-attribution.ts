// The house attribution (format doc §3): "<authors>, <publication>" with either part
// optional, "et al." for long author lists, and their own shapes for jobs
// ("Organisation, Location") and events ("Speakers, Organiser, 16 Mar 14:00UTC, Free").
// Only a proposal: the editor can always overwrite it.

import type { PageMetadata } from '../extract/page-metadata';
import { escapeAttributionText } from '../roundup/escape-text';

export interface AttributionStyle {
  /** More authors than this become "Surname *et al*."; default 4 (five or more authors). */
  etAlAfter: number;
  /** Joins exactly two authors: "A and B" or "A & B". */
  conjunction: 'and' | '&';
}

export const DEFAULT_ATTRIBUTION_STYLE: AttributionStyle = { etAlAfter: 4, conjunction: 'and' };

type AttributionInput = Pick<PageMetadata, 'authors' | 'source' | 'kind' | 'event' | 'job'>;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-03-16T14:00:00Z" → "16 Mar 14:00UTC"; a date-only value → "16 Mar". */
export function formatEventDate(iso: string): string | null {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso.trim());
  const time = Date.parse(dateOnly ? `${iso.trim()}T00:00:00Z` : iso);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  const day = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''}`;
  if (dateOnly) return day;
  const hh = String(date.getUTCHours()).padStart(2, '0');
  const mm = String(date.getUTCMinutes()).padStart(2, '0');
  return `${day} ${hh}:${mm}UTC`;
}

/** The surname for "et al.": last word plus any lowercase particles ("de la Maza"). */
export function surname(name: string): string {
  const trimmed = name.trim();
  if (trimmed.includes(',')) return trimmed.split(',')[0]?.trim() ?? trimmed;
  const words = trimmed.split(/\s+/);
  let start = words.length - 1;
  while (start > 1 && /^\p{Ll}/u.test(words[start - 1] ?? '')) start--;
  return words.slice(start).join(' ');
}

function joinAuthors(authors: readonly string[], style: AttributionStyle): string {
  if (authors.length > style.etAlAfter) return `${surname(authors[0] ?? '')} *et al*.`;
  if (authors.length === 2) return `${authors[0]} ${style.conjunction} ${authors[1]}`;
  return authors.join(', ');
}

function joinParts(parts: readonly (string | null | undefined)[]): string {
  return parts
    .map((p) => p?.trim())
    .filter((p): p is string => Boolean(p))
    .map(escapeAttributionText)
    .join(', ');
}

export function proposeAttribution(metadata: AttributionInput, style: AttributionStyle = DEFAULT_ATTRIBUTION_STYLE): string {
  const source = metadata.source?.trim() ?? '';
  if (metadata.kind === 'job' && metadata.job) {
    return joinParts([metadata.job.organization ?? source, metadata.job.location]);
  }
  if (metadata.kind === 'event' && metadata.event) {
    const { performers, organizer, startDate, price } = metadata.event;
    return joinParts([...performers, organizer ?? source, startDate ? formatEventDate(startDate) : null, price]);
  }
  const authors = metadata.authors.map((a) => a.trim()).filter(Boolean);
  // Page text is literal in the attribution (issue #9): only the house style's own markup is markdown.
  if (authors.length === 0) return escapeAttributionText(source);
  const names = joinAuthors(authors.map(escapeAttributionText), style);
  const repeatsAuthor = authors.some((a) => a.toLowerCase() === source.toLowerCase());
  return source && !repeatsAuthor ? `${names}, ${escapeAttributionText(source)}` : names;
}
