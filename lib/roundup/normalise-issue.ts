import type { FrontMatter, IssueDocument, IssueItem, IssueSection, ItemExtras } from './issue-document';
import { exportableUrl, linkDestination } from './link-destination';
import { oneLine } from './one-line';

/**
 * The canonical form of a document, the one `parseIssue` gives back: what
 * `renderIssue` writes first. It only tidies, never judges (see
 * `issueDocumentProblems` for what it cannot fix):
 *
 * - one-line text (titles, headings, attributions, front-matter strings):
 *   control characters dropped, whitespace runs collapsed to one space, trimmed;
 *   an empty link title becomes the URL, so the link stays visible;
 * - block markdown: CRLF to LF, spaces dropped on blank lines and at the end
 *   of paragraphs (kept before a line inside one: a hard break), runs of blank
 *   lines collapsed to one, trimmed;
 * - exportable URLs percent-encoded by `linkDestination`;
 * - empty notes, briefs and sections dropped; empty `heroImg` removed;
 * - preamble lines trimmed, split at newlines, empty ones dropped.
 */
export function normaliseIssueDocument(doc: IssueDocument): IssueDocument {
  return {
    ...(doc.original === undefined ? {} : { original: doc.original }),
    ...(doc.blankLineAtEnd ? { blankLineAtEnd: true } : {}),
    frontMatter: doc.frontMatter && normaliseFrontMatter(doc.frontMatter),
    preamble: doc.preamble
      .flatMap((line) => line.split(/\r?\n/))
      .map((line) => line.trim())
      .filter(Boolean),
    intro: blockText(doc.intro),
    sections: doc.sections.map(normaliseSection).filter((section) => section.items.length > 0),
    closing: { heading: oneLine(doc.closing.heading), body: blockText(doc.closing.body), ...written(doc.closing) },
    trailingBlocks: doc.trailingBlocks.map((block) => ({
      heading: oneLine(block.heading),
      ...written(block),
      level: Math.min(6, Math.max(1, Math.round(block.level) || 2)),
      body: blockText(block.body),
    })),
  };
}

function normaliseFrontMatter(frontMatter: FrontMatter): FrontMatter {
  const normalised: FrontMatter = {
    title: frontMatterText(frontMatter.title),
    date: oneLine(frontMatter.date),
    layout: oneLine(frontMatter.layout),
    extra: frontMatter.extra.map(([key, yaml]) => [
      key.trim(),
      yaml
        .replace(/\r\n?/g, '\n')
        .replace(/[ \t]+$/gm, '')
        .replace(/^[ \t]+/, '')
        .replace(/\n+$/, ''),
    ]),
  };
  if (frontMatter.subtitle !== undefined) normalised.subtitle = frontMatterText(frontMatter.subtitle);
  const heroImg = exportableUrl(frontMatter.heroImg ?? '') ? linkDestination(frontMatter.heroImg ?? '') : oneLine(frontMatter.heroImg ?? '');
  if (heroImg) normalised.heroImg = heroImg;
  return normalised;
}

function normaliseSection(section: IssueSection): IssueSection {
  const items = section.items.map(normaliseItem).filter((item) => item.kind === 'link' || item.text);
  return { name: oneLine(section.name), ...written(section), items };
}

function normaliseItem(item: IssueItem): IssueItem {
  if (item.kind !== 'link') return { kind: item.kind, text: blockText(item.text), ...extras(item) };
  return {
    kind: 'link',
    links: item.links.map((link) => {
      const url = exportableUrl(link.url) ? linkDestination(link.url) : link.url.trim();
      const normalised = { title: oneLine(link.title) || oneLine(url), url, attribution: inlineLine(link.attribution) };
      return link.form ? { ...normalised, form: { ...link.form } } : normalised;
    }),
    commentary: blockText(item.commentary),
    ...extras(item),
  };
}

/** The optional item fields, only where set, so a normalised document has no undefined. */
function extras(item: ItemExtras): ItemExtras {
  return {
    ...(item.separator === undefined ? {} : { separator: item.separator }),
    ...(item.original === undefined ? {} : { original: item.original }),
    ...(item.glued ? { glued: true } : {}),
  };
}

/** A heading's optional fields (`WrittenForm`, `Glued`), only where set. */
function written(heading: { written?: string; glued?: boolean }): { written?: string; glued?: boolean } {
  return { ...(heading.written === undefined ? {} : { written: heading.written }), ...(heading.glued ? { glued: true } : {}) };
}

/**
 * A front-matter string: one line, but its spaces kept as written (Jekyll shows
 * them; old issues have double spaces after a full stop and a trailing space).
 */
export function frontMatterText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
  return text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, ' ');
}

/**
 * Inline markdown for one line (an attribution): line breaks and control
 * characters become spaces, the ends are trimmed, and the spaces inside stay
 * as written, since kramdown shows them (`Vassilev,  Lange`, a no-break space).
 */
export function inlineLine(text: string): string {
  return frontMatterText(text).replace(/^[ \t]+|[ \t]+$/g, '');
}

/**
 * Block markdown tidied as the format asks: single blank lines, no spaces on
 * blank lines or at the end of a paragraph (a no-break space is text and stays). Spaces at the end of a line inside
 * a paragraph stay: two of them are a hard break, and kramdown keeps even one
 * in its HTML (archive issues have both).
 */
export function blockText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/^[ \t]+$/gm, '')
    .replace(/[ \t]+(?=\n\n|$)/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^[ \t\n]+|[ \t\n]+$/g, '');
}
