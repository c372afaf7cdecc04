import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { EXTRACTION_SCRIPT } from './lib/page/active-tab';

// Test builds (`--mode e2e`) may read pages served on 127.0.0.1, because automation
// cannot make the user gesture that grants `activeTab`, and on the `.test` host names
// the corrections test maps to it (Chromium's --host-resolver-rules) to have two sites.
// Production builds never ask for host permissions.
const E2E_HOSTS = ['http://127.0.0.1/*', 'http://news.example.test/*', 'http://www.elsewhere.test/*'];

/**
 * Issue #13 item 7: the popup's start-up code as one chunk. Left to itself, Rolldown split it
 * by which lazily loaded chunks also use each module: 14 files, each gzipped alone, 63 KB
 * where the same code is 57 KB in one. This plugin notes, once the module graph is known,
 * every module the popup's HTML reaches by static imports; the `popup-start` group takes them
 * all (the other pages load it too where they share them, as they did Dexie and Preact).
 */
function popupStartChunk(): Plugin & { codeSplitting: object } {
  const startModules = new Set<string>();
  return {
    name: 'roundup:popup-start-chunk',
    buildEnd() {
      const queue = [...this.getModuleIds()].filter((id) => /[\\/]entrypoints[\\/]popup[\\/]index\.html$/.test(id));
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        if (startModules.has(id)) continue;
        startModules.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
    // The entry's own files stay in its entry chunk: their top level mounts the popup.
    codeSplitting: {
      groups: [{ name: 'popup-start', test: (id: string) => (startModules.has(id) && !/[\\/]entrypoints[\\/]/.test(id)) || id.includes('rolldown/runtime') }],
    },
  };
}

const BLANK_PAGE = '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body></body></html>\n';

/**
 * The least a popup that reads the page can do (issue #13 item 7): a page whose one script
 * injects the popup's extraction script into the tab named by `?tabId=` (with `&noop`, a function
 * that does nothing) and notes when the result is back. `npm run bench` times it beside the popup
 * and the blank page: the popup's ratio to the blank page cannot go below this page's. Test builds only.
 */
const FLOOR_PAGE =
  '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Floor</title><script src="/floor.js"></script></head><body></body></html>\n';
const FLOOR_SCRIPT = `const query = new URLSearchParams(location.search);
const target = { tabId: Number(query.get('tabId')) };
const injection = query.has('noop') ? { target, func: () => 0 } : { target, files: ['${EXTRACTION_SCRIPT}'] };
chrome.scripting.executeScript(injection).then(
  () => { window.__readAt = performance.now(); },
  (error) => { window.__readAt = -1; console.error(error); },
);
`;

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: '.output',
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The HTML pages' build only (the background and the content script are single files).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === 'popup')) return;
      const plugin = popupStartChunk();
      config.plugins = [...(config.plugins ?? []), plugin];
      const rollup = config.build?.rollupOptions ?? {};
      const output = Array.isArray(rollup.output) ? {} : rollup.output;
      // WXT sets rollupOptions; Vite 8 reads rolldownOptions first, so both carry the same options.
      const options = { ...rollup, output: { ...output, codeSplitting: plugin.codeSplitting } };
      config.build = { ...config.build, rollupOptions: options, rolldownOptions: options };
    },
    // WXT 0.21.4 turns `imports: false` into unimport's `disabled`, which unimport's Vite plugin
    // ignores: any parameter named `storage` or `browser` still got `import … from 'wxt/utils/storage'`
    // (or 'wxt/browser') added, which put @wxt-dev/storage (~3 KB gzipped) into the popup.
    'config:resolved': (wxt) => {
      Object.assign(wxt.config.imports, { autoImport: false });
    },
    // `npm run bench` times each popup figure against an extension page with nothing on it,
    // so the figures compare across machines (issue #13). Test builds only.
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.mode !== 'e2e') return;
      files.push({ relativeDest: 'blank.html', contents: BLANK_PAGE });
      files.push({ relativeDest: 'floor.html', contents: FLOOR_PAGE }, { relativeDest: 'floor.js', contents: FLOOR_SCRIPT });
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
