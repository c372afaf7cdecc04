import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { currentIssue, openDatabase } from '@/lib/db';

// Issue #1 exists from the moment the extension is installed, so the first
// popup opens straight onto it.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    void currentIssue(openDatabase()).catch((error: unknown) => console.error('Could not create the first issue', error));
  });
});
