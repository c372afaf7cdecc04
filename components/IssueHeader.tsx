import type { Issue } from '@/lib/model/issue';
import { issueDateLabel } from '@/lib/model/issue';
import { PageLinks } from './PageLinks';

export function clipCount(count: number): string {
  return `${count} clip${count === 1 ? '' : 's'}`;
}

/** "Issue #1 · 27 Nov 2026 · 3 clips": which issue a clip goes into, always in view. */
export function IssueHeader({ issue, count, onOpenIssue }: { issue: Issue | null; count: number | null; onOpenIssue?: () => void }) {
  return (
    <header class="issue-header">
      <h1>Roundup Clipper</h1>
      {issue && (
        <p>
          Issue #{issue.number} · {issueDateLabel(issue.date)}
          {count !== null && <> · {clipCount(count)}</>}
        </p>
      )}
      {/* The archive (import, search, "Linked in" history, issue #11) and the options open in tabs of their own. */}
      <PageLinks pages={['archive', 'options']} newTab />
      {onOpenIssue && (
        <button type="button" class="open-issue" onClick={onOpenIssue}>
          Open issue
        </button>
      )}
    </header>
  );
}
