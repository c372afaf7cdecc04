// Scoring for `npm run eval`: what counts as the same title, author list or source
// once typography is set aside (case, whitespace, curly quotes, dash variants).

export interface Expected {
  url: string;
  title: string | null;
  authors: string[] | null;
  source: string | null;
  sourceAliases?: string[];
}

export interface Predicted {
  title: string;
  authors: string[];
  source: string | null;
}

export interface PageScore {
  title: boolean | null;
  titleF1: number | null;
  authors: boolean | null;
  source: boolean | null;
}

/**
 * Case, whitespace, quotes and dashes normalised, invisible format characters (soft hyphen, zero-width
 * space and joiners, word joiner, bidi marks: Unicode category Cf) dropped; nothing else.
 */
export function normalise(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .toLowerCase()
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function tokens(text: string): string[] {
  return normalise(text)
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

/** Token-level F1 between two titles (bag of words). */
export function tokenF1(predicted: string, expected: string): number {
  const p = tokens(predicted);
  const e = tokens(expected);
  if (p.length === 0 && e.length === 0) return 1;
  if (p.length === 0 || e.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of e) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of p) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      overlap++;
      counts.set(t, n - 1);
    }
  }
  if (overlap === 0) return 0;
  const precision = overlap / p.length;
  const recall = overlap / e.length;
  return (2 * precision * recall) / (precision + recall);
}

export function sameAuthors(predicted: readonly string[], expected: readonly string[]): boolean {
  const p = new Set(predicted.map(normalise));
  const e = new Set(expected.map(normalise));
  return p.size === e.size && [...p].every((name) => e.has(name));
}

export function sameSource(predicted: string | null, expected: Expected): boolean {
  const accepted = [expected.source, ...(expected.sourceAliases ?? [])].map(normalise);
  return accepted.includes(normalise(predicted));
}

/** Scores one page; a null expected field is unlabelled and scores null. */
export function scorePage(predicted: Predicted, expected: Expected): PageScore {
  return {
    title: expected.title === null ? null : normalise(predicted.title) === normalise(expected.title),
    titleF1: expected.title === null ? null : tokenF1(predicted.title, expected.title),
    authors: expected.authors === null ? null : sameAuthors(predicted.authors, expected.authors),
    source: expected.source === null ? null : sameSource(predicted.source, expected),
  };
}

export interface FieldSummary {
  labelled: number;
  exact: number;
  rate: number;
}

export function summarise(scores: readonly PageScore[], field: 'title' | 'authors' | 'source'): FieldSummary {
  const labelled = scores.filter((s) => s[field] !== null);
  const exact = labelled.filter((s) => s[field] === true).length;
  return { labelled: labelled.length, exact, rate: labelled.length ? exact / labelled.length : 0 };
}

export function meanTitleF1(scores: readonly PageScore[]): number {
  const values = scores.map((s) => s.titleF1).filter((v): v is number => v !== null);
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

/** Readability's byline as an author list, the way the baseline is scored. */
export function splitByline(byline: string | null | undefined): string[] {
  if (!byline) return [];
  return byline
    .replace(/^\s*by\s+/i, '')
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/i)
    .map((s) => s.trim())
    .filter(Boolean);
}
