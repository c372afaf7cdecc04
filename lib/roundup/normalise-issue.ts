import type { FrontMatter, IssueDocument, IssueItem, IssueSection } from './issue-document';
import { exportableUrl, linkDestination } from './link-destination';

/**
 * The canonical form of a document, the one `parseIssue` gives back: what
 * `renderIssue` writes first. It only tidies, never judges (see
 * `issueDocumentProblems` for what it cannot fix):
 *
 * - one-line text (titles, headings, attributions, front-matter strings):
 *   control characters dropped, whitespace runs collapsed to one space, trimmed;
 *   an empty link title becomes the URL, so the link stays visible;
 * - block markdown: CRLF to LF, trailing whitespace dropped from every line
 *   (write a hard break as `\` rather than two spaces), runs of blank lines
 *   collapsed to one, trimmed;
 * - exportable URLs percent-encoded by `linkDestination`;
 * - empty notes, briefs and sections dropped; empty `heroImg` removed;
 * - preamble lines trimmed, split at newlines, empty ones dropped.
 */
export function normaliseIssueDocument(doc: IssueDocument): IssueDocument {
  return {
    frontMatter: doc.frontMatter && normaliseFrontMatter(doc.frontMatter),
    preamble: doc.preamble
      .flatMap((line) => line.split(/\r?\n/))
      .map((line) => line.trim())
      .filter(Boolean),
    intro: blockText(doc.intro),
    sections: doc.sections.map(normaliseSection).filter((section) => section.items.length > 0),
    closing: { heading: oneLine(doc.closing.heading), body: blockText(doc.closing.body) },
    trailingBlocks: doc.trailingBlocks.map((block) => ({
      heading: oneLine(block.heading),
      level: Math.min(6, Math.max(1, Math.round(block.level) || 2)),
      body: blockText(block.body),
    })),
  };
}

function normaliseFrontMatter(frontMatter: FrontMatter): FrontMatter {
  const normalised: FrontMatter = {
    title: oneLine(frontMatter.title),
    subtitle: oneLine(frontMatter.subtitle),
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
  const heroImg = exportableUrl(frontMatter.heroImg ?? '') ? linkDestination(frontMatter.heroImg ?? '') : oneLine(frontMatter.heroImg ?? '');
  if (heroImg) normalised.heroImg = heroImg;
  return normalised;
}

function normaliseSection(section: IssueSection): IssueSection {
  const items = section.items.map(normaliseItem).filter((item) => item.kind === 'link' || item.text);
  return { name: oneLine(section.name), items };
}

function normaliseItem(item: IssueItem): IssueItem {
  if (item.kind !== 'link') return { kind: item.kind, text: blockText(item.text) };
  return {
    kind: 'link',
    links: item.links.map((link) => {
      const url = exportableUrl(link.url) ? linkDestination(link.url) : link.url.trim();
      return { title: oneLine(link.title) || oneLine(url), url, attribution: oneLine(link.attribution) };
    }),
    commentary: blockText(item.commentary),
  };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/** Text for one line: no control characters, single spaces, trimmed. */
export function oneLine(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '').replace(/\s+/g, ' ').trim();
}

/** Block markdown tidied as the format asks: no trailing spaces, single blank lines. */
export function blockText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
