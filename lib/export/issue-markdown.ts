import type { Clip } from '../model/clip';
import type { Issue } from '../model/issue';
import { clipTitle } from '../queue/clip-summary';
import { renderIssue } from '../roundup';
import type { RoundupTemplate } from '../template/template';
import { type ExportProblem, exportProblems } from './export-problems';
import { clipsToSend, issueDocumentOf } from './issue-export';

export interface IssueMarkdown {
  /** The issue as it would be exported; null when it cannot be rendered (see problems). */
  markdown: string | null;
  problems: ExportProblem[];
}

/**
 * The export of an issue and what to fix first. A published issue exports the
 * markdown stored when it was published, exactly as it was sent.
 */
export function issueMarkdown(issue: Issue, clipsInOrder: readonly Clip[], template: RoundupTemplate): IssueMarkdown {
  if (issue.status === 'published' && issue.markdown !== undefined) return { markdown: issue.markdown, problems: [] };
  const sent = clipsToSend(clipsInOrder);
  const held = clipsInOrder.filter((c) => c.holdForNextWeek);
  const problems = exportProblems(issue, sent);
  if (held.length) {
    problems.push({ message: `Held for next week, not in this export: ${held.map((c) => `“${clipTitle(c)}”`).join(', ')}.`, note: true });
  }
  try {
    return { markdown: renderIssue(issueDocumentOf(issue, sent, template)), problems };
  } catch (error) {
    return { markdown: null, problems: [{ message: `The issue cannot be exported: ${error instanceof Error ? error.message : String(error)}` }, ...problems] };
  }
}
