export type * from './issue-document';
export { renderIssue, RoundupRenderError, SEPARATOR } from './render-issue';
export { parseIssue } from './parse-issue';
export { normaliseIssueDocument } from './normalise-issue';
export { issueDocumentProblems, isValidIssueDocument } from './issue-problems';
export { exportableUrl, linkDestination } from './link-destination';
