import { urlKeysFor } from '../url/url-key';
import type { RoundupDatabase } from './database';

/** Where a page has been used before, for "Already in this issue" and "Linked in #N". */
export interface DuplicateReport {
  /** The clip in the current issue that already links to the page. */
  inIssue: { clipId: number; section: string } | null;
  /** Published issues that linked to it, newest first. */
  published: { issueNumber: number; date: string; section: string }[];
}

/**
 * Looks the page up by its normalised URLs through the multi-entry `urlKeys`
 * index, never by scanning: the archive grows by ~40 links a week.
 */
export async function findDuplicates(db: RoundupDatabase, urls: readonly string[], currentIssueId: number): Promise<DuplicateReport> {
  const keys = urlKeysFor(urls.map((url) => ({ url })));
  const report: DuplicateReport = { inIssue: null, published: [] };
  if (keys.length === 0) return report;
  const clips = await db.clips.where('urlKeys').anyOf(keys).distinct().toArray();
  const issueIds = [...new Set(clips.map((c) => c.issueId).filter((id) => id !== currentIssueId))];
  const issues = new Map((await db.issues.bulkGet(issueIds)).flatMap((i) => (i ? [[i.id, i] as const] : [])));
  for (const clip of clips) {
    if (clip.deletedAt) continue;
    if (clip.issueId === currentIssueId) {
      report.inIssue ??= { clipId: clip.id, section: clip.section };
      continue;
    }
    const issue = issues.get(clip.issueId);
    if (issue?.status === 'published') report.published.push({ issueNumber: issue.number, date: issue.date, section: clip.section });
  }
  report.published.sort((a, b) => b.issueNumber - a.issueNumber);
  return report;
}
