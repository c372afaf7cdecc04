import { browser } from 'wxt/browser';
import { mount } from '@/components/mount';
import { OptionsPage } from '@/components/OptionsPage';
import { openArchiveWithBackups } from '@/lib/backup/archive-with-backups';
import { browserBackupEnv } from '@/lib/backup/browser-backup-env';
import { openStore } from '@/lib/db';
import '../popup/popup.css';
import './options.css';

const { store, backups } = openArchiveWithBackups(openStore, browserBackupEnv(browser, { URL, storage: navigator.storage }));
// Persistence asked at first run, the weekly backup when due; a failure is shown in the Backups section.
void backups.onPageOpen().catch((e: unknown) => console.error('Automatic backup', e));

mount(<OptionsPage env={{ store, storage: browser.storage.sync, backups, openAt: location.hash.slice(1) }} />);
