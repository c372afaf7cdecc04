import type { Clip } from '../model/clip';
import type { Issue } from '../model/issue';
import type { FieldConflict, Revisioned } from '../model/revision';
import { mergeClipEdit, pickEdit } from './clip-merge';
import { mergeIssueEdit, pickIssueEdit } from './issue-merge';
import { withConflicts } from './merge-fields';

/** One row of a backup merged into this archive's row of the same identity; null when nothing changes. */
export interface RowMerge<T> {
  row: T;
  /** Texts kept as new conflicts. */
  conflicts: number;
}

/** The newer revision wins; on a tie this archive's row stays. */
function order<T extends Revisioned>(mine: T, theirs: T): { winner: T; loser: T } {
  return theirs.rev > mine.rev ? { winner: theirs, loser: mine } : { winner: mine, loser: theirs };
}

/** The conflicts kept: both rows' own, then the loser's texts that differ from the winner's. */
function keptConflicts(winner: Revisioned, loser: Revisioned, added: readonly FieldConflict[]): FieldConflict[] {
  return withConflicts(withConflicts(loser.conflicts, winner.conflicts ?? []), added);
}

const fresh = (all: readonly FieldConflict[], before: readonly FieldConflict[] | undefined) => all.filter((c) => !(before ?? []).includes(c));

/**
 * A backup's clip against this archive's clip with the same UUID: the newer
 * revision wins field by field, and each text the other one had differently is
 * kept as a conflict (as two pages' saves are), so nothing is dropped. The row
 * keeps this archive's id and uid; `issueId` is the issue it belongs to here.
 */
export function mergeRestoredClip(mine: Clip, theirs: Clip, issueId: number, at: number): RowMerge<Clip> | null {
  const { winner, loser } = order(mine, theirs);
  const added = fresh(mergeClipEdit({}, pickEdit(winner), loser, at).conflicts, loser.conflicts);
  if (winner === mine && added.length === 0 && sameConflicts(mine, theirs)) return null;
  const conflicts = keptConflicts(winner, loser, added);
  const rev = Math.max(mine.rev, theirs.rev) + (added.length ? 1 : 0);
  return { row: { ...winner, id: mine.id, uid: mine.uid, issueId: winner === mine ? mine.issueId : issueId, rev, conflicts }, conflicts: added.length };
}

/**
 * A backup's issue against this archive's issue with the same UUID or number.
 * A published issue is frozen: it wins over a draft whatever the revisions,
 * and the draft's texts are kept as conflicts. The number stays this archive's.
 */
export function mergeRestoredIssue(mine: Issue, theirs: Issue, at: number): RowMerge<Issue> | null {
  const published = (i: Issue) => i.status === 'published';
  const { winner, loser } =
    published(mine) !== published(theirs) ? (published(mine) ? { winner: mine, loser: theirs } : { winner: theirs, loser: mine }) : order(mine, theirs);
  const added = fresh(mergeIssueEdit({}, pickIssueEdit(winner), loser, at).conflicts, loser.conflicts).filter((c) => c.field !== 'number');
  if (winner.markdown !== undefined && loser.markdown !== undefined && winner.markdown !== loser.markdown)
    added.push({ field: 'markdown', value: loser.markdown, at });
  if (winner === mine && added.length === 0 && sameConflicts(mine, theirs)) return null;
  const conflicts = keptConflicts(winner, loser, added);
  const rev = Math.max(mine.rev, theirs.rev) + (added.length ? 1 : 0);
  return { row: { ...winner, id: mine.id, uid: mine.uid, number: mine.number, rev, conflicts }, conflicts: added.length };
}

/** Whether the backup's row brings no conflict this archive's row lacks. */
function sameConflicts(mine: Revisioned, theirs: Revisioned): boolean {
  const known = new Set((mine.conflicts ?? []).map((c) => JSON.stringify(c)));
  return (theirs.conflicts ?? []).every((c) => known.has(JSON.stringify(c)));
}
