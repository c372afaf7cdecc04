import type { Issue, IssueEdit } from '../model/issue';
import type { FieldConflict } from '../model/revision';
import { mergeFields, withConflicts } from './merge-fields';

/** The editable fields of a stored issue: what an editor's `base` is. */
export function pickIssueEdit(issue: Issue): IssueEdit {
  const { number, date, intro, heroImg, subtitle, sectionOrder } = issue;
  return { number, date, intro, heroImg, subtitle, sectionOrder };
}

/** Merges the issue page's save into the stored issue, field by field (see `mergeFields`). */
export function mergeIssueEdit(base: IssueEdit, mine: IssueEdit, stored: Issue, at: number): { edit: IssueEdit; conflicts: FieldConflict[] } {
  const merged = mergeFields(base, mine, pickIssueEdit(stored), at);
  return { edit: merged.changes as IssueEdit, conflicts: withConflicts(stored.conflicts, merged.conflicts) };
}
