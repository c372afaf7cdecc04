import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXTRACTION_SCRIPT } from '@/lib/page/active-tab';
import { startPageReading, takePageReading } from '@/lib/page/early-reading';
import { nativeBrowser } from '@/lib/toolbar/native-browser';

describe('the popup’s first script hands its reading of the tab to the main code', () => {
  beforeEach(() => fakeBrowser.reset());

  async function aTab() {
    const tab = await fakeBrowser.tabs.create({ url: 'http://127.0.0.1/a.html' });
    const outcome = { ok: false as const, reason: 'it is a test.' };
    const execute = vi.fn(async () => [{ frameId: 0, documentId: 'd', result: outcome }]);
    vi.spyOn(browser.scripting, 'executeScript').mockImplementation(execute as never);
    return { search: `?tabId=${tab.id}`, execute };
  }

  it('when the first script ran first (the usual order)', async () => {
    const { search, execute } = await aTab();
    const page = {};
    startPageReading(browser, search, page);
    startPageReading(browser, search, page); // a second start reads nothing again
    const reading = takePageReading(page);
    expect((await reading()).notice).toBe('Could not read this page: it is a test. Fill in the fields by hand.');
    expect(execute).toHaveBeenCalledTimes(1);
    expect(execute).toHaveBeenCalledWith({ target: { tabId: expect.any(Number) }, files: [EXTRACTION_SCRIPT] });
  });

  it('when the main code asked first: it waits for the first script', async () => {
    const { search, execute } = await aTab();
    const page = {};
    const reading = takePageReading(page);
    expect(execute).not.toHaveBeenCalled();
    startPageReading(browser, search, page);
    expect((await reading()).notice).toContain('it is a test.');
    expect(execute).toHaveBeenCalledTimes(1);
  });

  it('keeps a failure for the Clip view, without an unhandled rejection before', async () => {
    const page = {};
    const reading = takePageReading(page);
    startPageReading(browser, '?tabId=999999', page);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(reading()).rejects.toThrow();
  });
});

describe('nativeBrowser', () => {
  it('takes Firefox’s browser, else Chrome’s chrome, and says when there is neither', () => {
    const chrome = { runtime: { id: 'c' } };
    const firefox = { runtime: { id: 'f' } };
    expect(nativeBrowser({ browser: firefox, chrome })).toBe(firefox);
    expect(nativeBrowser({ chrome })).toBe(chrome);
    expect(nativeBrowser({ browser: {}, chrome })).toBe(chrome);
    expect(() => nativeBrowser({})).toThrow('no extension API');
  });
});
