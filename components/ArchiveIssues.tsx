import type { Issue } from '@/lib/model/issue';
import { issueDateLabel } from '@/lib/model/issue';

/** The title an archived issue carries in its front matter, or its number. */
export function archivedTitle(issue: Issue): string {
  return issue.title || issue.document?.frontMatter?.title || `#${issue.number} - ${issueDateLabel(issue.date)}`;
}

/** Every published issue, newest first: number, date, title and item count; Show opens one. */
export function ArchiveIssues(props: { issues: Issue[]; counts: ReadonlyMap<number, number>; openId: number | null; onOpen: (issueId: number) => void }) {
  return (
    <section class="archive-issues" aria-labelledby="archive-issues-heading">
      <h2 id="archive-issues-heading">Issues ({props.issues.length})</h2>
      {props.issues.length === 0 ? (
        <p class="muted">No published issues yet: import the site’s issue files above.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Issue</th>
              <th scope="col">Date</th>
              <th scope="col">Title</th>
              <th scope="col">Items</th>
              <th scope="col">
                <span class="visually-hidden">Open</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {props.issues.map((issue) => (
              <tr key={issue.id} aria-current={issue.id === props.openId ? 'true' : undefined}>
                <td>#{issue.number}</td>
                <td>{issueDateLabel(issue.date)}</td>
                <td>{archivedTitle(issue)}</td>
                <td>{props.counts.get(issue.id) ?? 0}</td>
                <td>
                  <button type="button" aria-label={`Show #${issue.number}`} onClick={() => props.onOpen(issue.id)}>
                    Show
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
