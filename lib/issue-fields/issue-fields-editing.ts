import { pickIssueEdit } from '../merge/issue-merge';
import { adoptedFields, rebasedBase } from '../merge/rebase-fields';
import type { Issue, IssueEdit } from '../model/issue';
import { fieldValuesOf, type IssueFieldValues, issueEditOf } from './issue-field-values';

/**
 * The issue page's fields while open: the values as typed, `base` (the stored
 * fields they were typed against, per field) and the revision last read. `key`
 * names the issue and its status: another issue, or this one published,
 * starts again from storage.
 */
export interface IssueFieldsEditing {
  key: string;
  values: IssueFieldValues;
  base: IssueEdit;
  rev: number;
}

const keyOf = (issue: Issue) => `${issue.id}:${issue.status}`;

export const startIssueEditing = (issue: Issue): IssueFieldsEditing => ({
  key: keyOf(issue),
  values: fieldValuesOf(issue),
  base: pickIssueEdit(issue),
  rev: issue.rev,
});

/** A stored field in the form's words. */
function typedValueOf(field: string, value: unknown): Partial<IssueFieldValues> {
  if (field === 'number') return typeof value === 'number' ? { number: String(value) } : {};
  if (field === 'subtitle') return { subtitle: typeof value === 'string' ? value : null };
  if (field === 'date' || field === 'heroImg' || field === 'intro') return { [field]: typeof value === 'string' ? value : '' };
  return {};
}

/** The values with the stored text of every field not typed in since `since` (see `adoptedFields`). */
export function adoptStoredIssue(values: IssueFieldValues, since: IssueEdit, stored: IssueEdit): IssueFieldValues {
  const adopted = adoptedFields(issueEditOf(values), since, stored);
  return Object.assign({ ...values }, ...Object.entries(adopted).map(([field, value]) => typedValueOf(field, value)));
}

/**
 * The fields as they should show `issue` from the live query: a newer revision
 * (another page saved) updates every field without an unsaved change; another
 * issue starts again from storage.
 */
export function withStoredIssue(editing: IssueFieldsEditing | null, issue: Issue): IssueFieldsEditing {
  if (!editing || editing.key !== keyOf(issue)) return startIssueEditing(issue);
  if (issue.rev <= editing.rev) return editing;
  const stored = pickIssueEdit(issue);
  return {
    ...editing,
    values: adoptStoredIssue(editing.values, editing.base, stored),
    base: rebasedBase(editing.base, issueEditOf(editing.values), stored) as IssueEdit,
    rev: issue.rev,
  };
}

/** After a save resolved with the stored issue: base is what is stored; fields not typed in since the save started (`sent`) show it. */
export function afterIssueSave(editing: IssueFieldsEditing, sent: IssueFieldValues, stored: Issue): IssueFieldsEditing {
  if (editing.key !== keyOf(stored)) return editing;
  return { ...editing, values: adoptStoredIssue(editing.values, issueEditOf(sent), pickIssueEdit(stored)), base: pickIssueEdit(stored), rev: stored.rev };
}
