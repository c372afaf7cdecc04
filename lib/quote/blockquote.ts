/**
 * The selected text as a markdown blockquote: `> ` before each line, `>` on a
 * blank one (so the quote stays one block), trailing spaces and blank edges gone.
 */
export function blockquoteOf(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''));
  while (lines.length && !lines[0]) lines.shift();
  while (lines.length && !lines[lines.length - 1]) lines.pop();
  return lines.map((line) => (line ? `> ${line}` : '>')).join('\n');
}

/** Commentary with the quote appended as its own paragraph; a blank selection changes nothing. */
export function withQuote(commentary: string, selection: string): string {
  return joinCommentary(commentary, blockquoteOf(selection));
}

/** Two pieces of commentary as paragraphs, the first's trailing blank lines dropped; either may be empty. */
export function joinCommentary(first: string, then: string): string {
  const before = first.replace(/\s+$/, '');
  if (!then) return first;
  return before ? `${before}\n\n${then}` : then;
}
