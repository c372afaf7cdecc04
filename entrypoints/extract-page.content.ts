import { defineContentScript } from 'wxt/utils/define-content-script';
import { readDocument } from '@/lib/page/read-document';

// Registered at runtime only: the popup injects it into the active tab
// (activeTab + scripting), so no page runs our code until the editor asks.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main: () => readDocument(document, location.href),
});
