import { mount } from '@/components/mount';
import { Popup, type PopupEnv } from '@/components/Popup';
import { openArchiveWithBackups } from '@/lib/backup/archive-with-backups';
import { browserBackupEnv } from '@/lib/backup/browser-backup-env';
import { openStore } from '@/lib/db';
import { browserExportActions } from '@/lib/export/export-actions';
import { takePageReading } from '@/lib/page/early-reading';
import { loadTemplate } from '@/lib/template/template-store';
import { showClipCount } from '@/lib/toolbar/badge';
import { nativeBrowser } from '@/lib/toolbar/native-browser';
import './popup.css';

const browser = nativeBrowser(globalThis); // the browser's own API: the popup starts without the polyfill
const { store, backups } = openArchiveWithBackups(openStore, browserBackupEnv(browser, { URL, storage: navigator.storage }));
const env: PopupEnv = {
  store,
  readPage: takePageReading(), // started by popup-reading.js, the popup's first script
  // Off the form's path: its code and reads wait until the Clip view is ready.
  afterStart: () => void backups.onPageOpen({ weekly: false }).catch((e: unknown) => console.error('Automatic backup', e)),
  // A badge that fails to update is cosmetic: log it rather than interrupt the editor.
  setBadge: (count) => void showClipCount(browser, count).catch((e: unknown) => console.warn('Badge not updated', e)),
  initialView: new URLSearchParams(location.search).get('view') === 'queue' ? 'queue' : 'clip',
  loadTemplate: () => loadTemplate(browser.storage.sync, store),
  pendingArea: browser.storage.local,
  exportActions: browserExportActions(document, navigator.clipboard),
  openIssuePage: () => void browser.tabs.create({ url: browser.runtime.getURL('/issue.html') }),
  openPage: (url) => void browser.tabs.create({ url }),
  menuFailureArea: browser.storage.local,
};
mount(<Popup env={env} />);
