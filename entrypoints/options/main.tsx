import { browser } from 'wxt/browser';
import { mount } from '@/components/mount';
import { OptionsPage } from '@/components/OptionsPage';
import { openStore } from '@/lib/db';
import '../popup/popup.css';
import './options.css';

mount(<OptionsPage env={{ store: openStore(), storage: browser.storage.sync }} />);
