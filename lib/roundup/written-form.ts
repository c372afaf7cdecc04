import { fromMarkdown } from 'mdast-util-from-markdown';
import { escapeHeading, escapeLinkDestination, escapeLinkText } from './escape-text';
import { plainText } from './markdown-blocks';
import { oneLine } from './one-line';

// Render side of `WrittenForm`: an imported heading or link keeps how it was
// written only while that still reads as the plain text beside it, so an edit
// of the text falls back to the house style without anyone clearing the form.

/** A heading's inline markdown: the written form, or the escaped text. */
export function headingMarkdown(text: string, written: string | undefined): string {
  if (written === undefined) return escapeHeading(text);
  const heading = fromMarkdown(`## ${written}`).children[0];
  return heading?.type === 'heading' && oneLine(plainText(heading)) === text ? written : escapeHeading(text);
}

/**
 * A link's text between `[` and `]`: the written form, or the escaped title.
 * A written empty text reads as the URL, as an empty title does (`normaliseIssueDocument`).
 */
export function linkTextMarkdown(title: string, written: string | undefined, url: string): string {
  if (written === undefined) return escapeLinkText(title);
  const link = onlyLink(`[${written}](x)`);
  return link !== null && (oneLine(plainText(link)) || url) === title ? written : escapeLinkText(title);
}

/** A link's destination between `(` and `)`: the written form, or the encoded URL. */
export function destinationMarkdown(url: string, written: string | undefined): string {
  if (written === undefined) return escapeLinkDestination(url);
  return onlyLink(`[x](${written})`)?.url === url ? written : escapeLinkDestination(url);
}

function onlyLink(markdown: string) {
  const paragraph = fromMarkdown(markdown).children[0];
  const link = paragraph?.type === 'paragraph' && paragraph.children.length === 1 ? paragraph.children[0] : undefined;
  return link?.type === 'link' ? link : null;
}
