import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Test builds (`--mode e2e`) may read pages served on 127.0.0.1, because automation
// cannot make the user gesture that grants `activeTab`, and on the `.test` host names
// the corrections test maps to it (Chromium's --host-resolver-rules) to have two sites.
// Production builds never ask for host permissions.
const E2E_HOSTS = ['http://127.0.0.1/*', 'http://news.example.test/*', 'http://www.elsewhere.test/*'];

const BLANK_PAGE = '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body></body></html>\n';

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: '.output',
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // WXT 0.21.4 turns `imports: false` into unimport's `disabled`, which unimport's Vite plugin
    // ignores: any parameter named `storage` or `browser` still got `import … from 'wxt/utils/storage'`
    // (or 'wxt/browser') added, which put @wxt-dev/storage (~3 KB gzipped) into the popup.
    'config:resolved': (wxt) => {
      Object.assign(wxt.config.imports, { autoImport: false });
    },
    // `npm run bench` times each popup figure against an extension page with nothing on it,
    // so the figures compare across machines (issue #13). Test builds only.
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.mode === 'e2e') files.push({ relativeDest: 'blank.html', contents: BLANK_PAGE });
    },
  },
  manifest: ({ browser, manifestVersion, mode }) => {
    const e2e = mode === 'e2e';
    const action = manifestVersion === 3 ? '_execute_action' : '_execute_browser_action';
    // Rendered from assets/icon.svg by `npm run icons`. WXT would list public/icon/*.png as
    // `icons` by itself; the toolbar button names them too (MV2 calls it `browser_action`,
    // and WXT merges the popup into that key before it would convert `action`).
    // `downloads` writes the backup files into the "Roundup Clipper" downloads folder (issue #10).
    // `contextMenus`: "Clip link to this issue" and "Quote in commentary" (issue #13); their click,
    // like the quote shortcut, grants `activeTab`, so still no host permission.
    const icons = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };
    return {
      name: 'Roundup Clipper',
      icons,
      [manifestVersion === 3 ? 'action' : 'browser_action']: { default_icon: icons },
      description: 'Clip articles into this week’s roundup issue and export it in house style.',
      permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'downloads', 'contextMenus', ...(e2e && manifestVersion === 2 ? E2E_HOSTS : [])],
      ...(e2e && manifestVersion === 3 ? { host_permissions: E2E_HOSTS } : {}),
      commands: {
        [action]: {
          suggested_key: { default: 'Alt+Shift+K' },
          description: 'Clip this page into the roundup',
        },
        'quote-selection': {
          suggested_key: { default: 'Alt+Shift+Q' },
          description: 'Quote the selection in this page’s clip commentary',
        },
      },
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: { id: 'roundup-clipper@roundup.invalid', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
            },
          }
        : {}),
    };
  },
});
