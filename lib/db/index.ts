// The only door to storage: components and entrypoints call these verbs.

export { deleteClip, pendingDeletions, purgeExpiredDeletions, restoreClip } from './clip-deletion';
export { setClipKind, updateClip } from './clip-edits';
export { addLinkToClip, mergeClips, moveClipLink, splitClipLink, undoAddLink } from './clip-groups';
export { moveClipToSection, placeClip, shiftClip } from './clip-order';
export { type AddedClip, addClip, clipsForIssue, countClips, lastUsedSection, undoAddClip } from './clips';
export { DATABASE_NAME, openDatabase, RoundupDatabase } from './database';
export { deleteDraft, loadDraft, saveDraft } from './drafts';
export { type DuplicateReport, findDuplicates } from './duplicates';
export { applyTemplateSections, type IssueEdit, publishIssue, renameSection, updateIssue } from './issue-edits';
export { currentIssue } from './issues';
export { type IssueQueue, watchClipCount, watchIssues, watchQueue } from './queue';
