import { fromMarkdown } from 'mdast-util-from-markdown';
import { escapeInlineText } from './inline-escape';
import type { IssueLink } from './issue-document';
import { writtenDestination } from './link-destination';
import { plainText } from './markdown-blocks';

/** `<br>`, `<br/>`, `<br />`: old issues use the first (format doc, section 2). */
const LINE_BREAK = /^<br\s*\/?>$/i;
/** What separates a link from its attribution; old issues sometimes use a dash. */
const ATTRIBUTION_SEPARATOR = /^\s+[-–—](?:\s+([^]*))?$/;

/** `[title](url) - attribution` lines, every one but the last ending in `<br/>`. */
export function renderHeaderLines(links: readonly IssueLink[]): string {
  return links
    .map(({ title, url, attribution }) => {
      const link = `[${escapeInlineText(title)}](${writtenDestination(url)})`;
      return attribution ? `${link} - ${attribution}` : link;
    })
    .join('<br/>\n');
}

/**
 * The links of a header paragraph (its source), or null when the paragraph is
 * not one: every line must be a link, optionally followed by ` - attribution`,
 * optionally ending in a line break tag. Lines are read one at a time, so an
 * attribution can never reach into the next line. A line that does not start
 * with `[` continues the previous line's attribution (a hand-wrapped header);
 * leading spaces of continuation lines are ignored.
 */
export function readHeaderParagraph(source: string): IssueLink[] | null {
  const lines: string[] = [];
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('[') || lines.length === 0) lines.push(line);
    else lines[lines.length - 1] += ` ${line}`;
  }
  const links: IssueLink[] = [];
  for (const line of lines) {
    const link = readHeaderLine(line);
    if (!link) return null;
    links.push(link);
  }
  return links;
}

function readHeaderLine(line: string): IssueLink | null {
  const paragraph = fromMarkdown(line).children[0];
  if (paragraph?.type !== 'paragraph') return null;
  const [link, ...rest] = paragraph.children;
  const last = rest[rest.length - 1];
  if (link?.type !== 'link' || link.position?.start.offset !== 0) return null;
  const end =
    last?.type === 'html' && LINE_BREAK.test(last.value) ? last.position?.start.offset : line.length;
  const after = line.slice(link.position.end.offset, end).trimEnd();
  const separated = ATTRIBUTION_SEPARATOR.exec(after);
  if (after !== '' && !separated) return null;
  const attribution = separated?.[1]?.trim() ?? '';
  return { title: plainText(link).trim(), url: link.url, attribution };
}
