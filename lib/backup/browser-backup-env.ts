import type { WxtBrowser } from 'wxt/browser';
import { loadTemplate, saveTemplate } from '../template/template-store';
import type { ArchiveBackupsEnv, PersistentStorage } from './archive-backups';
import type { ObjectUrls } from './backup-downloads';

/** What an extension page has beside `browser`: object URLs (no MV3 service worker has them) and `navigator.storage`. */
export interface PageGlobals {
  URL: ObjectUrls;
  storage?: PersistentStorage;
}

/** Backups as an extension page runs them: downloads API, the template in storage.sync, the manifest's version. */
export function browserBackupEnv(browser: WxtBrowser, page: PageGlobals): ArchiveBackupsEnv {
  return {
    downloads: browser.downloads,
    objectUrls: page.URL,
    loadTemplate: () => loadTemplate(browser.storage.sync),
    saveTemplate: (template) => saveTemplate(browser.storage.sync, template),
    appVersion: browser.runtime.getManifest().version,
    ...(page.storage ? { storage: page.storage } : {}),
  };
}
