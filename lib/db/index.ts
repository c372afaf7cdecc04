// The only door to storage: components and entrypoints call these verbs.
export { openDatabase, RoundupDatabase, DATABASE_NAME } from './database';
export { currentIssue } from './issues';
export { addClip, undoAddClip, countClips, clipsForIssue, lastUsedSection, type AddedClip } from './clips';
export { updateClip, setClipKind } from './clip-edits';
export { placeClip, shiftClip, moveClipToSection } from './clip-order';
export { mergeClips, splitClipLink, moveClipLink, addLinkToClip, undoAddLink } from './clip-groups';
export { deleteClip, restoreClip, pendingDeletions, purgeExpiredDeletions } from './clip-deletion';
export { findDuplicates, type DuplicateReport } from './duplicates';
export { watchQueue, watchClipCount, type IssueQueue } from './queue';
export { saveDraft, loadDraft, deleteDraft } from './drafts';
export { updateIssue, allIssues, renameSection, applyTemplateSections, publishIssue, type IssueEdit } from './issue-edits';
