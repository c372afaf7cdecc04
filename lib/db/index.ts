// The only door to storage: components and entrypoints call these verbs.
export { openDatabase, RoundupDatabase, DATABASE_NAME } from './database';
export { currentIssue } from './issues';
export { addClip, undoAddClip, countClips, clipsForIssue, lastUsedSection, type AddedClip } from './clips';
export { saveDraft, loadDraft, deleteDraft } from './drafts';
