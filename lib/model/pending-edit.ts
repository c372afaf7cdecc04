import type { ClipEdit } from './clip';
import type { IssueEdit } from './issue';

/**
 * An editor's unsaved values, written in one `put` as its page unloads (a
 * closing page may not live to finish the save's own transaction). The next
 * page that opens the archive, or the background at browser start, applies it
 * through the same merge as a save; the save that does finish deletes it.
 */
export type PendingEdit =
  | { key: `clip:${number}`; target: 'clip'; id: number; edit: ClipEdit; base: ClipEdit; updatedAt: number }
  | { key: `issue:${number}`; target: 'issue'; id: number; edit: IssueEdit; base: IssueEdit; updatedAt: number };

export const pendingClipKey = (id: number) => `clip:${id}` as const;
export const pendingIssueKey = (id: number) => `issue:${id}` as const;
