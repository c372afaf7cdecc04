// Header-line attributions of the archive split into authors and publication, for
// `npm run eval:attribution`. Only shapes that split one way are kept: "Name, Pub",
// "A and B, Pub", "A, B, and C[, Pub]", "Surname *et al*[, Pub]", or a single part.
// Events, calls and jobs (dates, "due", "deadline") and old unmarked lists
// ("A, B, C, D") are left out as ambiguous.

export interface SplitAttribution {
  issue: number;
  attribution: string;
  authors: string[];
  /** Set when the line abbreviates its author list with et al. */
  etAl: boolean;
  source: string | null;
  shape: 'one part' | 'author, source' | 'two authors' | 'three or more' | 'et al';
}

const HEADER = /^\s*\[.*\]\([^)\s]+\)\s+-\s+(.+?)\s*(?:<br\s*\/?>)?\s*$/;
const ET_AL = /^(.+?)\s*,?\s*(\*et al\*\.?|\*et al\.\*|et al\.?)\s*(?:,\s*(.+))?$/;
const NAME = /^[\p{L}][\p{L}\p{M} .'’&-]*$/u;

export function headerAttributions(markdown: string): string[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body.split('\n').flatMap((line) => {
    const match = HEADER.exec(line);
    return match?.[1] ? [match[1]] : [];
  });
}

export function splitAttribution(attribution: string, issue: number): SplitAttribution | null {
  if (/\d|\bdue\b|deadline|\bUTC\b|\bfree\b|[[\]()<>_|;]/i.test(attribution)) return null;
  const base = { issue, attribution };
  const etAl = ET_AL.exec(attribution);
  if (etAl?.[1]) {
    if (etAl[1].includes(',') || !NAME.test(etAl[1]) || etAl[3]?.includes(',')) return null;
    return { ...base, authors: [etAl[1]], etAl: true, source: etAl[3] ?? null, shape: 'et al' };
  }
  if (attribution.includes('*')) return null;
  const parts = attribution.split(/\s*,\s*/);
  if (!parts.every((p) => p && NAME.test(p))) return null;
  const pair = (text: string) => text.split(/\s+(?:and|&)\s+/);
  const andAt = parts.findIndex((p) => /^(?:and|&)\s/.test(p));
  if (andAt >= 2) {
    if (andAt < parts.length - 2) return null;
    const authors = parts.slice(0, andAt + 1).map((p) => p.replace(/^(?:and|&)\s+/, ''));
    return { ...base, authors, etAl: false, source: andAt === parts.length - 2 ? (parts[parts.length - 1] ?? null) : null, shape: 'three or more' };
  }
  if (andAt >= 0 || parts.length > 2) return null;
  const [first = '', second] = parts;
  const names = pair(first);
  if (names.length > 2) return null;
  if (names.length === 2) return { ...base, authors: names, etAl: false, source: second ?? null, shape: 'two authors' };
  if (second === undefined) return { ...base, authors: [], etAl: false, source: first, shape: 'one part' };
  return { ...base, authors: [first], etAl: false, source: second, shape: 'author, source' };
}
