// Publication dates come from many tags in many formats ("2019/06/19", RFC 2822,
// ISO with offsets). Only plausible dates survive: never in the future, never before
// 1990 (epoch-zero and template placeholders are common).

const EARLIEST = Date.UTC(1990, 0, 1);

/** Parses a date string to ISO 8601, or null when implausible. */
export function parsePublishedTime(raw: string | null | undefined, now: number = Date.now()): string | null {
  if (!raw) return null;
  const text = raw.trim().replace(/^(\d{4})\/(\d{1,2})\/(\d{1,2})/, '$1-$2-$3');
  const padded = text.replace(/^(\d{4})-(\d)(?=\D|$)/, '$1-0$2').replace(/^(\d{4}-\d{2})-(\d)(?=\D|$)/, '$1-0$2');
  let time = Date.parse(padded);
  if (Number.isNaN(time) && /^\d{4}$/.test(text)) time = Date.UTC(Number(text), 0, 1);
  if (Number.isNaN(time) || time < EARLIEST || time > now) return null;
  return new Date(time).toISOString();
}

/** First plausible date among candidates given in order of trust. */
export function choosePublishedTime(candidates: readonly (string | null | undefined)[], now?: number): string | null {
  for (const candidate of candidates) {
    const parsed = parsePublishedTime(candidate, now);
    if (parsed) return parsed;
  }
  return null;
}
