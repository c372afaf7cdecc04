/** Only these schemes are exported (format doc, section 4). */
const EXPORTABLE_SCHEME = /^(?:https?:\/\/[^\s/?#]|mailto:)/i;

/** Whether a clipped URL may appear in the exported issue at all. */
export function exportableUrl(url: string): boolean {
  return EXPORTABLE_SCHEME.test(url.trim());
}

/**
 * The URL as written between `(` and `)`: characters that would end or change
 * the destination are percent-encoded, so the link parses the same in
 * CommonMark and kramdown. Encoded: any whitespace (Unicode too) and controls, `<`, `>`, `\`
 * (an escape in CommonMark, literal in kramdown), `|` (kramdown starts a table
 * at any line holding a bare pipe), and every parenthesis when
 * they do not balance (`dates_(parsing)` stays as is). Idempotent.
 */
export function linkDestination(url: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: percent-encoding control characters is the point
  const encoded = url.trim().replace(/[\s\u0000-\u001f\u007f<>\\|]/g, encodeURIComponent);
  return parenthesesBalance(encoded) ? encoded : encoded.replace(/[()]/g, percent);
}

/**
 * `linkDestination` plus entity protection: both CommonMark and kramdown read
 * `&copy;` in a URL as ©, so an `&` that would start an entity is written
 * `&amp;`, which both turn back into the `&` of the URL.
 */
export function writtenDestination(url: string): string {
  return linkDestination(url).replace(ENTITY_AMPERSAND, '&amp;');
}

/** An `&` that starts a character reference (`&amp;`, `&#38;`, `&#x26;`). */
export const ENTITY_AMPERSAND = /&(?=#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)/g;

function percent(c: string): string {
  return `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}

function parenthesesBalance(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}
