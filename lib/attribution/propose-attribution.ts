// The house attribution (format doc §3, and where they differ the recent archive):
// "<authors>, <publication>" with either part optional, "A, B, and C" for three or
// more, "Surname *et al*" for long author lists, and their own shapes for jobs
// ("Organisation, Location"), events ("3 Nov 15:00–16:00 UTC, Speaker, Free") and
// calls ("Papers due 9 Aug"). Only a proposal: the editor can always overwrite it.

import type { PageMetadata } from '../extract/page-metadata';
import { isNamedAfter } from '../extract/personal-site';
import { escapeAttributionText } from '../roundup/escape-text';

export type EtAlSpelling = '*et al*' | '*et al*.' | '*et al.*' | 'et al.';
export const ET_AL_SPELLINGS: readonly EtAlSpelling[] = ['*et al*', '*et al*.', '*et al.*', 'et al.'];

/**
 * How attributions are written. The optional fields fall back to the house style
 * measured on the archive (`npm run eval:attribution`); a template stored before
 * they existed simply lacks them.
 */
export interface AttributionStyle {
  /** More authors than this become "Surname *et al*". */
  etAlAfter: number;
  /** Joins exactly two authors, and the last of three or more: "A and B" or "A & B". */
  conjunction: 'and' | '&';
  /** How "et al" is spelled; the recent archive writes `*et al*` (then a comma). */
  etAl?: EtAlSpelling;
  /** "Seskir *et al*" (surname, the archive's majority) or the first author's full name. */
  etAlName?: 'surname' | 'full';
  /** "A, B, and C" (the archive's form) rather than "A, B and C". */
  serialComma?: boolean;
  /** Events: "3 Nov 15:00–16:00 UTC, Speaker" (date first, the archive's majority) or speakers first. */
  eventDateFirst?: boolean;
  /** Calls for papers: "Papers due 9 Aug". */
  callLabel?: string;
}

export const DEFAULT_ATTRIBUTION_STYLE: AttributionStyle = { etAlAfter: 4, conjunction: 'and' };

/** The house style every optional field falls back to. */
export const HOUSE_ATTRIBUTION_STYLE: Required<AttributionStyle> = {
  ...DEFAULT_ATTRIBUTION_STYLE,
  etAl: '*et al*',
  etAlName: 'surname',
  serialComma: true,
  eventDateFirst: true,
  callLabel: 'Papers due',
};

function resolved(style: AttributionStyle): Required<AttributionStyle> {
  const out = { ...HOUSE_ATTRIBUTION_STYLE };
  for (const [key, value] of Object.entries(style) as [keyof AttributionStyle, unknown][]) {
    if (value !== undefined) Object.assign(out, { [key]: value });
  }
  return out;
}

type AttributionInput = Pick<PageMetadata, 'authors' | 'source' | 'kind' | 'event' | 'job'>;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function dayAndTime(iso: string): { day: string; time: string | null } | null {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso.trim());
  const ms = Date.parse(dateOnly ? `${iso.trim()}T00:00:00Z` : iso);
  if (Number.isNaN(ms)) return null;
  const date = new Date(ms);
  const day = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''}`;
  if (dateOnly) return { day, time: null };
  return { day, time: `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}` };
}

/**
 * "2024-11-03T15:00:00Z" → "3 Nov 15:00 UTC"; with an end on the same day
 * "3 Nov 15:00–16:00 UTC"; a date-only value → "3 Nov".
 */
export function formatEventDate(start: string, end?: string | null): string | null {
  const from = dayAndTime(start);
  if (!from) return null;
  if (!from.time) return from.day;
  const to = end ? dayAndTime(end) : null;
  const until = to?.time && to.day === from.day ? `–${to.time}` : '';
  return `${from.day} ${from.time}${until} UTC`;
}

/** "Papers due 9 Aug": a call for papers by its deadline. */
export function formatCallDeadline(deadline: string, style: AttributionStyle = DEFAULT_ATTRIBUTION_STYLE): string | null {
  const when = dayAndTime(deadline);
  return when ? `${resolved(style).callLabel} ${when.day}`.trim() : null;
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

function joinAuthors(authors: readonly string[], style: Required<AttributionStyle>): string {
  if (authors.length > style.etAlAfter) {
    const first = authors[0] ?? '';
    return `${style.etAlName === 'full' ? first.trim() : surname(first)} ${style.etAl}`;
  }
  if (authors.length <= 2) return authors.join(` ${style.conjunction} `);
  const last = authors[authors.length - 1];
  return `${authors.slice(0, -1).join(', ')}${style.serialComma ? ',' : ''} ${style.conjunction} ${last}`;
}

function joinParts(parts: readonly (string | null | undefined)[]): string {
  return parts
    .map((p) => p?.trim())
    .filter((p): p is string => Boolean(p))
    .map(escapeAttributionText)
    .join(', ');
}

export function proposeAttribution(metadata: AttributionInput, styleSettings: AttributionStyle = DEFAULT_ATTRIBUTION_STYLE): string {
  const style = resolved(styleSettings);
  const source = metadata.source?.trim() ?? '';
  if (metadata.kind === 'job' && metadata.job) {
    return joinParts([metadata.job.organization ?? source, metadata.job.location]);
  }
  if (metadata.kind === 'event' && metadata.event) {
    const { performers, organizer, startDate, endDate, price } = metadata.event;
    const date = startDate ? formatEventDate(startDate, endDate) : null;
    const who = performers.length > 0 ? performers : [organizer ?? source];
    return joinParts(style.eventDateFirst ? [date, ...who, price] : [...who, date, price]);
  }
  const authors = metadata.authors.map((a) => a.trim()).filter(Boolean);
  // Page text is literal in the attribution (issue #9): only the house style's own markup is markdown.
  if (authors.length === 0) return escapeAttributionText(source);
  const names = joinAuthors(authors.map(escapeAttributionText), style);
  // A personal site named after its author ("Daniel Lemire", "Daniel Lemire's blog") is cited once.
  const repeatsAuthor = authors.some((a) => isNamedAfter(source, a));
  return source && !repeatsAuthor ? `${names}, ${escapeAttributionText(source)}` : names;
}
