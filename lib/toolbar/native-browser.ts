import type { WxtBrowser } from 'wxt/browser';

/**
 * The browser's own extension API, without webextension-polyfill: Firefox's `browser`, or
 * Chrome's `chrome`, whose MV3 APIs the popup calls (tabs, scripting, storage, action,
 * downloads, runtime) return promises as the polyfill's do. The popup's scripts use it so
 * their start-up code does not carry and evaluate the polyfill (~2.7 KB gzipped; issue #13
 * item 7); the other pages keep `wxt/browser`.
 */
export function nativeBrowser(scope: object): WxtBrowser {
  const { browser, chrome } = scope as { browser?: WxtBrowser; chrome?: WxtBrowser };
  const api = browser?.runtime?.id ? browser : chrome;
  if (!api?.runtime) throw new Error('This page has no extension API: open it from the extension.');
  return api;
}
