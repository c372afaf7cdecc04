import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXTRACTION_SCRIPT, injectExtraction, readTabEarly, tabToClip } from '@/lib/page/active-tab';

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

  it('reads the tab as soon as asked to start, once, and hands that reading to whoever asks', async () => {
    const named = await fakeBrowser.tabs.create({ url: 'http://127.0.0.1/a.html' });
    const outcome = { ok: false as const, reason: 'it is a test.' };
    const execute = vi.fn(async () => [{ frameId: 0, documentId: 'd', result: outcome }]);
    vi.spyOn(browser.scripting, 'executeScript').mockImplementation(execute as never);
    const reading = readTabEarly(browser, `?tabId=${named.id}`);
    await vi.waitFor(() => expect(execute).toHaveBeenCalledWith({ target: { tabId: named.id }, files: [EXTRACTION_SCRIPT] }));
    const [first, second] = await Promise.all([reading(), reading()]);
    expect(first).toBe(second);
    expect(first.notice).toBe('Could not read this page: it is a test. Fill in the fields by hand.');
    expect(execute).toHaveBeenCalledTimes(1);
  });

  it('keeps a failure for the one who asks, without an unhandled rejection before', async () => {
    const reading = readTabEarly(browser, '?tabId=999999');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(reading()).rejects.toThrow();
  });
});
