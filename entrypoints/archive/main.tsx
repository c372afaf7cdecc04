import { browser } from 'wxt/browser';
import { ArchivePage } from '@/components/ArchivePage';
import { mount } from '@/components/mount';
import { saveZip } from '@/lib/archive/save-zip';
import { openStore } from '@/lib/db';
import { loadTemplate } from '@/lib/template/template-store';
import '../popup/popup.css';
import '../issue/issue.css';
import './archive.css';

const env = {
  store: openStore(),
  loadTemplate: () => loadTemplate(browser.storage.sync),
  saveZip: (name: string, bytes: Uint8Array) => saveZip(document, name, bytes),
};

mount(<ArchivePage env={env} />);
