import { announces, type EarlierLink } from '../archive/linked-in';
import { urlKey, urlKeysFor } from '../url/url-key';
import type { RoundupDatabase } from './database';

/** Where a page has been used before, for "Already in this issue" and "Linked in #N". */
export interface DuplicateReport {
  /** The clip in the current issue that already links to the page. */
  inIssue: { clipId: number; section: string } | null;
  /** Published issues (imported ones included) that linked to it, newest first, each issue once. */
  published: EarlierLink[];
}

export interface DuplicateOptions {
  /** The newsletter's own site (the template's Site URL): links to it are never duplicates. */
  siteUrl?: string;
  /** Links the template writes into every issue (its blocks after About): never duplicates either. */
  ignoredUrls?: readonly string[];
}

/**
 * Looks the page up by its normalised URLs through the multi-entry `urlKeys`
 * index, never by scanning: the archive grows by ~40 links a week. An item's
 * own link is told from a link inside its text by the item's header links.
 */
export async function findDuplicates(
  db: RoundupDatabase,
  urls: readonly string[],
  currentIssueId: number,
  options: DuplicateOptions = {},
): Promise<DuplicateReport> {
  const site = options.siteUrl?.trim() ? urlKey(options.siteUrl) : null;
  const ignored = new Set(urlKeysFor((options.ignoredUrls ?? []).map((url) => ({ url }))));
  const keys = urlKeysFor(urls.map((url) => ({ url }))).filter((key) => !ignored.has(key) && !(site && (key === site || key.startsWith(`${site}/`))));
  const report: DuplicateReport = { inIssue: null, published: [] };
  if (keys.length === 0) return report;
  const clips = await db.clips.where('urlKeys').anyOf(keys).distinct().toArray();
  const issueIds = [...new Set(clips.map((c) => c.issueId).filter((id) => id !== currentIssueId))];
  const issues = new Map((await db.issues.bulkGet(issueIds)).flatMap((i) => (i ? [[i.id, i] as const] : [])));
  const earlier = new Map<number, EarlierLink>();
  for (const clip of clips) {
    if (clip.deletedAt) continue;
    if (clip.issueId === currentIssueId) {
      report.inIssue ??= { clipId: clip.id, section: clip.section };
      continue;
    }
    const issue = issues.get(clip.issueId);
    if (issue?.status !== 'published') continue;
    const own = clip.kind === 'brief' || urlKeysFor(clip.links).some((key) => keys.includes(key));
    const link: EarlierLink = {
      issueNumber: issue.number,
      date: issue.date,
      section: clip.section,
      where: own ? 'item' : 'commentary',
      announcedAgain: announces(clip.section),
    };
    // One line per issue: an item's own link says more than a mention in commentary.
    const seen = earlier.get(issue.number);
    if (!seen || (seen.where === 'commentary' && own)) earlier.set(issue.number, link);
  }
  report.published = [...earlier.values()].sort((a, b) => b.issueNumber - a.issueNumber);
  return report;
}
