import { defineWebExtConfig } from 'wxt';

// `npm run dev` opens Debian's browsers when a display is available; set
// WXT_NO_BROWSER=1 to build and watch without launching one.
export default defineWebExtConfig({
  disabled: process.env.WXT_NO_BROWSER === '1',
  binaries: { chrome: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' },
  chromiumArgs: ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
