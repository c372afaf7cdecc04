import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/Popup';
import { injectExtraction, tabToClip } from '@/lib/active-tab';
import { openDatabase } from '@/lib/db';
import { readPage } from '@/lib/page-reading';
import './popup.css';

const env = {
  db: openDatabase(),
  readPage: async () => readPage(await tabToClip(browser, location.search), injectExtraction(browser)),
};

render(<Popup env={env} />, document.getElementById('app')!);
