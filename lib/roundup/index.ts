export type * from './issue-document';
export { issueDocumentProblems, isValidIssueDocument } from './issue-problems';
export { exportableUrl, linkDestination } from './link-destination';
export { normaliseIssueDocument } from './normalise-issue';
export { importIssue, parseIssue } from './parse-issue';
export { RoundupRenderError, renderIssue, SEPARATOR } from './render-issue';
