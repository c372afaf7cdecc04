import { escapeInlineText } from './inline-escape';
import { writtenDestination } from './link-destination';
import { quoteYamlString } from './yaml-scalar';

// One escaper per place page text is written into the issue (issue #9): every
// writer of page-derived text goes through one of these, so a title, author or
// site name reaches the rendered page exactly as the editor saw it in the form,
// in kramdown (GFM, as Jekyll renders the archive) and in CommonMark alike.

/** The text of a link, `[…]`: the title of a header line or of a brief's starter. */
export function escapeLinkText(text: string): string {
  return escapeInlineText(text);
}

/** A URL between `(` and `)`: percent-encoded where it would end or change the link. */
export function escapeLinkDestination(url: string): string {
  return writtenDestination(url);
}

/**
 * A page-derived part of an attribution (an author, a publication, a place),
 * written after ` - ` on a header line. The attribution as a whole is the
 * editor's inline markdown (`*et al*` stays emphasis); only the parts that come
 * from the page are escaped. A backslash at the very end is written `&#92;`: a
 * header line ending in `\` would read as a hard break.
 */
export function escapeAttributionText(text: string): string {
  return escapeInlineText(text).replace(/\\\\$/, '&#92;');
}

/**
 * Page text that starts a paragraph of its own (a brief): inline escaping plus
 * the block starters a line may begin with: a heading `#`, a quote `>`, a list
 * marker (`-`, `+`, `*`, `1.`, `1)`), a thematic break, a setext underline
 * (`=`), a kramdown definition (`:`) and fences.
 */
export function escapeBriefText(text: string): string {
  return escapeInlineText(text)
    .replace(/^([#>+=:-])/, '\\$1')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/** The text of an ATX heading (`## <name>`): a trailing `#` is kept as text. */
export function escapeHeading(text: string): string {
  return escapeInlineText(text);
}

/** A front-matter value: a double-quoted YAML string, read back by Jekyll's Psych as written. */
export function escapeFrontMatterScalar(value: string): string {
  return quoteYamlString(value);
}
