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
  const quote = blockquoteOf(selection);
  if (!quote) return commentary;
  const before = commentary.replace(/\s+$/, '');
  return before ? `${before}\n\n${quote}` : quote;
}
