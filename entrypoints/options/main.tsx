import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsPage } from '@/components/OptionsPage';
import { openDatabase } from '@/lib/db';
import '../popup/popup.css';
import './options.css';

render(<OptionsPage env={{ db: openDatabase(), storage: browser.storage.sync }} />, document.getElementById('app')!);
