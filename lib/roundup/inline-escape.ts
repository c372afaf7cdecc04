import { ENTITY_AMPERSAND } from './link-destination';

/**
 * Plain text (a link title, a heading) as markdown that every parser we target
 * (CommonMark, micromark, kramdown) shows as exactly that text.
 *
 * - `\ [ ] * _ \` < {` are always backslash-escaped: they open links, emphasis,
 *   code, HTML, and kramdown's `{:…}` attribute lists and `{::…}` extensions.
 * - `|` is escaped because kramdown starts a table at any line holding a bare pipe.
 * - `:` after `]` is escaped: kramdown reads `[a\]: b](url)` at a line start as
 *   a link definition, backslash or not.
 * - `$` is escaped next to another `$` (kramdown math is `$$…$$`), and `~`
 *   next to another `~` (kramdown's GFM parser strikes `~~…~~` through).
 * - `&` is written `&amp;` only where it would start an entity (`&copy;`):
 *   kramdown does not know `\&`, and a lone `&` is literal everywhere.
 * - A trailing `#` is escaped so a heading's text never loses it to the ATX
 *   closing sequence.
 * - A leading `^` is written `&#94;`: kramdown never starts a link at `[^`
 *   (footnote syntax) and has no `\^` escape.
 */
export function escapeInlineText(text: string): string {
  return text
    .replace(/[\\[\]*_`<{|]/g, '\\$&')
    .replace(/\]:/g, ']\\:')
    .replace(/\$(?=\$)|(?<=\$)\$/g, '\\$$')
    .replace(/~(?=~)|(?<=~)~/g, '\\~')
    .replace(ENTITY_AMPERSAND, '&amp;')
    .replace(/#$/, '\\#')
    .replace(/^\^/, '&#94;');
}
