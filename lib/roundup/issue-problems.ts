import { blockFieldProblems, readBlockField } from './block-field-problems';
import { FRONT_MATTER_KEYS } from './front-matter';
import { renderHeaderLines } from './header-line';
import type { FrontMatter, IssueDocument, IssueItem, IssueLink } from './issue-document';
import { CLOSING_HEADING } from './issue-layout';
import { exportableUrl, linkDestination } from './link-destination';
import { headingDepth, plainText, topLevelBlocks } from './markdown-blocks';
import { frontMatterText, inlineLine } from './normalise-issue';
import { oneLine } from './one-line';
import { PREAMBLE_LINE } from './parse-issue';
import { readHeaderBlock, readHeaderText } from './read-header-lines';

/**
 * What keeps a document from being valid, one message per problem; [] when it
 * is valid, that is when `parseIssue(renderIssue(doc))` deep-equals it.
 * Valid means normalised (`normaliseIssueDocument`) and unambiguous:
 *
 * - front matter: `date` is YYYY-MM-DD; `layout` a plain name; `heroImg` absent
 *   or an encoded http(s) URL; extra keys are YAML names, distinct, not the
 *   known ones, their values without blank lines or top-level continuation lines;
 * - preamble lines are one-line HTML comments, and the intro does not start with
 *   one (nor with a `---` line, which would read as front matter);
 * - every section has a name and items; every link item has links; every
 *   title and heading is non-empty one-line text; the closing heading starts
 *   "That’s it" (`parseIssue` knows the closing by name) and may be empty
 *   only when the closing body and the trailing blocks are too;
 * - URLs are http(s)/mailto, already encoded (`linkDestination(url) === url`);
 * - attributions are one line, hold no `<br>` and do not end in `\`;
 * - block markdown (`blockFieldProblems`) is closed; commentary and notes hold
 *   no level-2 heading, the intro only when sections follow and no thematic
 *   break comes after it, commentary and notes no thematic break,
 *   commentary does not start with a header line (it would read as more
 *   grouped links), the closing and trailing bodies hold no heading, the
 *   closing no thematic break;
 * - a brief is one paragraph; a note holds at least one block that is not a
 *   paragraph (all-paragraph notes are written exactly like a run of briefs, and
 *   read as one); neither starts with a header paragraph (it would read as a link).
 */
export function issueDocumentProblems(doc: IssueDocument): string[] {
  const problems: string[] = [];
  const check = (where: string, found: string[]) => problems.push(...found.map((p) => `${where} ${p}`));
  if (doc.frontMatter) check('front matter', frontMatterProblems(doc.frontMatter));
  for (const [i, line] of doc.preamble.entries()) check(`preamble line ${i + 1}`, PREAMBLE_LINE.test(line) ? [] : ['is not a one-line HTML comment']);
  check('intro', introProblems(doc));
  if (/^---[ \t]*(?:\n|$)/.test(doc.intro) || startsWithComment(doc.intro)) check('intro', ['starts like a preamble or front matter']);
  for (const section of doc.sections) {
    check(`section "${section.name}"`, textProblems(section.name));
    if (CLOSING_HEADING.test(section.name)) check(`section "${section.name}"`, ['is named like the closing (“That’s it…”)']);
    if (section.items.length === 0) check(`section "${section.name}"`, ['has no items']);
    for (const [i, item] of section.items.entries()) check(`item ${i + 1} of "${section.name}"`, itemProblems(item));
  }
  const closingMissing = !doc.closing.heading && (doc.closing.body || doc.trailingBlocks.length > 0);
  check('closing heading', closingMissing ? ['is missing'] : textProblems(doc.closing.heading, true));
  if (doc.closing.heading && !CLOSING_HEADING.test(doc.closing.heading)) check('closing heading', ['does not start “That’s it”']);
  check('closing', blockFieldProblems(doc.closing.body, { noHeadings: 'none', noSeparators: true }));
  for (const block of doc.trailingBlocks) {
    check(`block "${block.heading}"`, textProblems(block.heading));
    if (!Number.isInteger(block.level) || block.level < 1 || block.level > 6) check(`block "${block.heading}"`, ['has no heading level 1–6']);
    check(`block "${block.heading}"`, blockFieldProblems(block.body, { noHeadings: 'none' }));
  }
  return problems;
}

/**
 * The intro's own level-2 headings (an essay's) are fine while sections follow
 * them. With no section after it such a heading would read as the closing; one
 * named like the closing, or with a thematic break or a header line after it,
 * would read as the closing or as a section (`readLayout`).
 */
function introProblems(doc: IssueDocument): string[] {
  if (doc.sections.length === 0) return blockFieldProblems(doc.intro, { noHeadings: 'level 2' });
  const field = readBlockField(doc.intro);
  const found = blockFieldProblems(doc.intro, {}, field);
  const heading = field.blocks.findIndex((block) => headingDepth(block) === 2);
  if (heading < 0) return found;
  const after = field.blocks.slice(heading);
  if (after.some((block) => headingDepth(block) === 2 && CLOSING_HEADING.test(plainText(block.node).trim()))) {
    found.push('has a level-2 heading named like the closing (“That’s it…”)');
  }
  if (after.some((block) => block.type === 'thematicBreak')) found.push('has a thematic break after a level-2 heading');
  if (after.some((block) => readHeaderBlock(block, doc.intro) !== null)) {
    found.push('has a header line after a level-2 heading');
  }
  return found;
}

/** Why one item would not read back as itself, as `issueDocumentProblems` words it; [] when it would. */
export function issueItemProblems(item: IssueItem): string[] {
  return itemProblems(item);
}

export function isValidIssueDocument(doc: IssueDocument): boolean {
  return issueDocumentProblems(doc).length === 0;
}

function itemProblems(item: IssueItem): string[] {
  if (item.kind === 'link') {
    const found = item.links.length === 0 ? ['has no links'] : [];
    for (const { title, url, attribution } of item.links) {
      found.push(...textProblems(title).map((p) => `title ${p}`));
      if (!exportableUrl(url) || linkDestination(url) !== url) found.push(`URL ${url} is not an encoded http(s)/mailto URL`);
      if (attribution !== inlineLine(attribution) || /<br\s*\/?>/i.test(attribution) || attribution.endsWith('\\')) {
        found.push('attribution is not one line, holds <br> or ends in \\');
      }
    }
    const header = renderHeaderLines(item.links);
    if (found.length === 0 && !sameLinks(readHeaderText(header), item.links)) {
      found.push('header lines do not read back (an attribution opens what the next line closes)');
    }
    const commentary = topLevelBlocks(item.commentary)[0];
    if (commentary && readHeaderBlock(commentary, item.commentary) !== null) {
      found.push('commentary starts with a header line (it would read as more links)');
    }
    return [...found, ...blockFieldProblems(item.commentary, { noHeadings: 'level 2', noSeparators: true })];
  }
  const field = readBlockField(item.text);
  const found = blockFieldProblems(item.text, { noHeadings: 'level 2', noSeparators: true }, field);
  const { blocks } = field;
  const first = blocks[0];
  if (!first) return [...found, 'is empty'];
  if (readHeaderBlock(first, `${item.text}\n\n----------`) !== null) {
    found.push('starts with a header line');
  }
  const paragraphs = blocks.filter((block) => block.type === 'paragraph').length;
  if (item.kind === 'brief' && (blocks.length !== 1 || paragraphs !== 1)) found.push('is not one paragraph');
  if (item.kind === 'note' && paragraphs === blocks.length) found.push('holds only paragraphs (write them as briefs)');
  return found;
}

function frontMatterProblems(frontMatter: FrontMatter): string[] {
  const strings = [frontMatter.title, frontMatter.subtitle ?? ''];
  const found = strings.some((text) => text !== frontMatterText(text)) ? ['title or subtitle holds line breaks or control characters'] : [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(frontMatter.date)) found.push('date is not YYYY-MM-DD');
  if (!/^[\w-]+$/.test(frontMatter.layout)) found.push('layout is not a plain name');
  const { heroImg } = frontMatter;
  if (heroImg !== undefined && !(/^https?:/i.test(heroImg) && exportableUrl(heroImg) && linkDestination(heroImg) === heroImg))
    found.push('hero-img is not an encoded http(s) URL');
  const keys = frontMatter.extra.map(([key]) => key);
  keys.forEach((key, i) => {
    if (!/^[A-Za-z_][\w-]*$/.test(key) || FRONT_MATTER_KEYS.includes(key) || keys.indexOf(key) !== i)
      found.push(`key "${key}" is not a distinct new YAML name`);
  });
  for (const [key, yaml] of frontMatter.extra) {
    const [firstLine = '', ...more] = yaml.split('\n');
    const bad = /^\s|\s$/.test(firstLine) || more.some((line) => !/^[ -]/.test(line) || line === '---' || /\s$/.test(line) || !line.trim());
    if (bad) found.push(`value of "${key}" is not normalised YAML continuation lines`);
  }
  return found;
}

/** Problems of one-line plain text (titles, headings); `mayBeEmpty` for front matter. */
function textProblems(text: string, mayBeEmpty = false): string[] {
  if (text !== oneLine(text)) return ['is not trimmed one-line text'];
  return text || mayBeEmpty ? [] : ['is empty'];
}

function sameLinks(read: IssueLink[] | null, links: IssueLink[]): boolean {
  return (
    read?.length === links.length &&
    read.every((link, i) => link.title === links[i]?.title && link.url === links[i]?.url && link.attribution === links[i]?.attribution)
  );
}

function startsWithComment(text: string): boolean {
  const first = topLevelBlocks(text)[0];
  if (first?.type !== 'html') return false;
  return text
    .slice(first.start, first.end)
    .split('\n')
    .every((line) => PREAMBLE_LINE.test(line.trim()));
}
