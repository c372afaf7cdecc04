import type { RoundupStore } from '../db';
import { applyAllPendingEdits, type PendingEditArea } from '../saving/pending-edit-fallback';
import { showClipCount, type ToolbarButton } from './badge';

/**
 * On install and browser start: issue #1 exists from the moment the extension is
 * installed, and the toolbar badge shows the current issue's clip count (the popup
 * keeps it up to date after that). Edits a closing page could not finish are
 * applied here too (issue #10), before the count is read.
 */
export async function startArchive(
  store: Pick<RoundupStore, 'applyPendingEdits' | 'currentIssue' | 'countClips'>,
  area: PendingEditArea,
  button: ToolbarButton,
): Promise<void> {
  await applyAllPendingEdits((extra) => store.applyPendingEdits(extra), area).catch((e: unknown) => console.error('Pending edits not applied', e));
  const issue = await store.currentIssue();
  await showClipCount(button, await store.countClips(issue.id));
}
