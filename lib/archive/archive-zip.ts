import { strToU8, zipSync } from 'fflate';
import type { Issue } from '../model/issue';

/** `0131.md`: the site's collection names issues by number, four digits. */
export function collectionFileName(number: number): string {
  return `${String(number).padStart(4, '0')}.md`;
}

/**
 * Every published issue as the site's `_newsletter_issues/` collection, in a
 * zip: each file is the issue's markdown exactly as stored, so an imported
 * issue nobody amended comes out byte for byte as it went in.
 */
export function archiveZip(issues: readonly Pick<Issue, 'number' | 'status' | 'markdown'>[]): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const issue of issues) {
    if (issue.status === 'published' && issue.markdown !== undefined) files[`_newsletter_issues/${collectionFileName(issue.number)}`] = strToU8(issue.markdown);
  }
  return zipSync(files, { level: 6 });
}
