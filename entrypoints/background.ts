import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { upgradeFromAPage } from '@/lib/backup/upgrade-from-a-page';
import { openStore } from '@/lib/db';
import { showClipCount } from '@/lib/toolbar/badge';

// Issue #1 exists from the moment the extension is installed, and the toolbar
// badge shows the current issue's clip count from browser start (the popup
// keeps it up to date after that).
async function showCurrentCount(): Promise<void> {
  const store = openStore(undefined, { beforeUpgrade: upgradeFromAPage });
  const issue = await store.currentIssue();
  await showClipCount(browser, await store.countClips(issue.id));
}

export default defineBackground(() => {
  const refresh = () => void showCurrentCount().catch((error: unknown) => console.error('Could not read the current issue', error));
  browser.runtime.onInstalled.addListener(refresh);
  browser.runtime.onStartup.addListener(refresh);
});
