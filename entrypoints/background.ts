import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { upgradeFromAPage } from '@/lib/backup/upgrade-from-a-page';
import { openStore } from '@/lib/db';
import { applyAllPendingEdits } from '@/lib/saving/pending-edit-fallback';
import { showClipCount } from '@/lib/toolbar/badge';

// Issue #1 exists from the moment the extension is installed, and the toolbar
// badge shows the current issue's clip count from browser start (the popup
// keeps it up to date after that). Edits a closing page could not finish are
// applied here too (issue #10), before the count is read.
async function startArchive(): Promise<void> {
  const store = openStore(undefined, { beforeUpgrade: upgradeFromAPage });
  await applyAllPendingEdits((extra) => store.applyPendingEdits(extra), browser.storage.local).catch((e: unknown) =>
    console.error('Pending edits not applied', e),
  );
  const issue = await store.currentIssue();
  await showClipCount(browser, await store.countClips(issue.id));
}

export default defineBackground(() => {
  const refresh = () => void startArchive().catch((error: unknown) => console.error('Could not read the current issue', error));
  browser.runtime.onInstalled.addListener(refresh);
  browser.runtime.onStartup.addListener(refresh);
});
