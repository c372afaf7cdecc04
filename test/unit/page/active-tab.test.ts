import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXTRACTION_SCRIPT, injectExtraction, tabToClip } from '@/lib/page/active-tab';

describe('active tab adapter', () => {
  beforeEach(() => fakeBrowser.reset());

  it('clips the tab named by ?tabId= when present', async () => {
    const named = await fakeBrowser.tabs.create({ url: 'http://127.0.0.1/a.html' });
    await fakeBrowser.tabs.create({ url: 'http://127.0.0.1/b.html', active: true });
    const tab = await tabToClip(browser, `?tabId=${named.id}`);
    expect(tab).toMatchObject({ id: named.id, url: 'http://127.0.0.1/a.html' });
  });

  it('otherwise clips the active tab of this window', async () => {
    await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.tabs.create({ url: 'https://example.org/one' });
    const active = await fakeBrowser.tabs.create({ url: 'https://example.org/two', active: true });
    const tab = await tabToClip(browser, '');
    expect(tab.id).toBe(active.id);
  });

  it('injects the built extraction script and returns what it returned', async () => {
    const outcome = { ok: false as const, reason: 'test' };
    const execute = vi.fn(async () => [{ frameId: 0, documentId: 'd', result: outcome }]);
    vi.spyOn(browser.scripting, 'executeScript').mockImplementation(execute as never);
    expect(await injectExtraction(browser)(42)).toEqual(outcome);
    expect(execute).toHaveBeenCalledWith({ target: { tabId: 42 }, files: [EXTRACTION_SCRIPT] });
  });
});
