import type { ClipLink } from '../model/clip';
import type { ImportedIssue, ImportedItem, SkippedFile } from '../model/imported-issue';
import type { IssueDocument, IssueItem } from '../roundup/issue-document';
import { importIssue } from '../roundup/parse-issue';
import { linksInText } from './links-in-text';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads one file of the site's `_newsletter_issues/` collection into an
 * issue ready to store, or says why it is not one: no front matter, no issue
 * number (in the title, `#131 - …`, or the file name, `0131.md`), or no date.
 */
export function readIssueFile(fileName: string, text: string): ImportedIssue | SkippedFile {
  let document: IssueDocument;
  try {
    document = importIssue(text);
  } catch (e) {
    return { fileName, reason: `it could not be read (${e instanceof Error ? e.message : String(e)})` };
  }
  const front = document.frontMatter;
  if (!front) return { fileName, reason: 'it has no front matter (title, date), so it is not an issue' };
  const number = issueNumber(front.title, fileName);
  if (number === null) return { fileName, reason: 'neither its title nor its file name gives an issue number' };
  if (!ISO_DATE.test(front.date)) return { fileName, reason: 'its front matter has no date (YYYY-MM-DD)' };
  const items = document.sections.flatMap((section, s) => section.items.map((item, i) => importedItem(section.name, { section: s, item: i }, item)));
  return {
    fileName,
    number,
    date: front.date,
    ...(front.subtitle !== undefined ? { subtitle: front.subtitle } : {}),
    ...(front.heroImg ? { heroImg: front.heroImg } : {}),
    intro: document.intro,
    sectionOrder: [...new Set(document.sections.map((s) => s.name))],
    markdown: text,
    document,
    items,
  };
}

export function isSkipped(read: ImportedIssue | SkippedFile): read is SkippedFile {
  return 'reason' in read;
}

function issueNumber(title: string, fileName: string): number | null {
  const fromTitle = /^#(\d+)\b/.exec(title.trim());
  const fromName = /(?:^|\/)0*(\d+)\.md$/i.exec(fileName);
  const found = fromTitle?.[1] ?? fromName?.[1];
  const number = found === undefined ? Number.NaN : Number(found);
  return Number.isInteger(number) && number > 0 ? number : null;
}

function importedItem(section: string, place: ImportedItem['place'], item: IssueItem): ImportedItem {
  if (item.kind !== 'link') return { section, place, kind: item.kind, links: [], commentary: item.text, textUrls: linksInText(item.text) };
  const links: ClipLink[] = item.links.map((l) => ({ title: l.title, url: l.url, authors: [], source: null, attribution: l.attribution }));
  return { section, place, kind: 'link', links, commentary: item.commentary, textUrls: linksInText(item.commentary) };
}
