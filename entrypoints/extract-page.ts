import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readDocument } from '@/lib/page/read-document';

// Injected on demand only: the popup runs it in the active tab (activeTab + scripting), so no
// page runs our code until the editor asks. An unlisted script, not a content script: the
// script's value is what `main()` returns, without WXT's content-script context (its
// "script started" event, location watcher, logger) or the browser API polyfill, which a
// one-shot read of the page never uses (issue #13 item 7: less to load and run in the tab).
export default defineUnlistedScript(() => readDocument(document, location.href));
