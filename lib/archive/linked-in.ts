import { issueDateLabel } from '../model/issue';

/** One earlier use of a page in a published issue, as `findDuplicates` reports it. */
export interface EarlierLink {
  issueNumber: number;
  date: string;
  section: string;
  /** `item`: the page was an item's own link (or a brief's); `commentary`: a link inside an item's text. */
  where: 'item' | 'commentary';
  /** The earlier item sat in a calls or events section, so linking the page again announces it again. */
  announcedAgain: boolean;
}

/** Sections whose items announce something (a call, an event) that may well be announced again. */
const ANNOUNCING_SECTION = /\b(calls?|events?)\b/i;

export function announces(section: string): boolean {
  return ANNOUNCING_SECTION.test(section);
}

/**
 * "Linked in #129 (9 Jul 2022, Research Software Development)", with "the
 * commentary of" when it was a link inside an item's text and "announced
 * again" when the earlier item was a call or an event.
 */
export function linkedInText(link: EarlierLink): string {
  return `Linked in ${earlierPlace(link)}`;
}

/** "#129 (9 Jul 2022, Events)", or "the commentary of #129 (…)"; ", announced again" for a call or event. */
export function earlierPlace(link: EarlierLink): string {
  const place = `#${link.issueNumber} (${issueDateLabel(link.date)}, ${link.section})`;
  return `${link.where === 'commentary' ? `the commentary of ${place}` : place}${link.announcedAgain ? ', announced again' : ''}`;
}
