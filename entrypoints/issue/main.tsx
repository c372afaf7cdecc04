import { browser } from 'wxt/browser';
import { IssuePage } from '@/components/IssuePage';
import { mount } from '@/components/mount';
import { openArchiveWithBackups } from '@/lib/backup/archive-with-backups';
import { browserBackupEnv } from '@/lib/backup/browser-backup-env';
import { openStore } from '@/lib/db';
import { browserExportActions } from '@/lib/export/export-actions';
import { loadTemplate } from '@/lib/template/template-store';
import { showClipCount } from '@/lib/toolbar/badge';
import '../popup/popup.css';
import './issue.css';

const issue = Number(new URLSearchParams(location.search).get('issue'));
const { store, backups } = openArchiveWithBackups(openStore, browserBackupEnv(browser, { URL, storage: navigator.storage }));
void backups.onPageOpen().catch((e: unknown) => console.error('Automatic backup', e));
const env = {
  store,
  loadTemplate: () => loadTemplate(browser.storage.sync, store),
  pendingArea: browser.storage.local,
  exportActions: browserExportActions(document, navigator.clipboard),
  openPage: (url: string) => void browser.tabs.create({ url }),
  setBadge: (count: number) => void showClipCount(browser, count).catch((e: unknown) => console.warn('Badge not updated', e)),
  onPublished: () => backups.backUp('publish'),
  ...(Number.isInteger(issue) && issue > 0 ? { issueId: issue } : {}),
};

mount(<IssuePage env={env} />);
