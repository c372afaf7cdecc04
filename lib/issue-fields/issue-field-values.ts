import type { Issue, IssueEdit } from '../model/issue';

/** The issue page's fields as typed: text, so a half-typed number or date can be shown. */
export interface IssueFieldValues {
  number: string;
  date: string;
  heroImg: string;
  /** null: built from the clips' labels. */
  subtitle: string | null;
  intro: string;
}

export const fieldValuesOf = (issue: Issue): IssueFieldValues => ({
  number: String(issue.number),
  date: issue.date,
  heroImg: issue.heroImg ?? '',
  subtitle: issue.subtitle ?? null,
  intro: issue.intro,
});

/** Whether the typed issue number can be stored: a whole number from 1. */
export function isIssueNumber(text: string): boolean {
  const number = Number(text);
  return Number.isInteger(number) && number > 0;
}

/** The fields as an edit to store; a number or date that is not (yet) valid is left out. */
export function issueEditOf(values: IssueFieldValues): IssueEdit {
  return {
    ...(isIssueNumber(values.number) ? { number: Number(values.number) } : {}),
    ...(/^\d{4}-\d{2}-\d{2}$/.test(values.date) ? { date: values.date } : {}),
    heroImg: values.heroImg.trim(),
    subtitle: values.subtitle ?? undefined,
    intro: values.intro,
  };
}

/** The issue as it will be exported once these fields are stored (the preview shows it before they are). */
export function issueWithFields(issue: Issue, values: IssueFieldValues): Issue {
  return { ...issue, ...issueEditOf(values), ...(values.subtitle === null ? { subtitle: undefined } : {}) };
}
