import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dismissMenuFailure, guardMenuAction, lastMenuFailure, MENU_FAILURE_KEY, menuFailureText, reportMenuFailure } from '@/lib/context-menu/menu-failure';
import { StorageRefusal } from '@/lib/db';

const area = () => fakeBrowser.storage.local;
const badge = () => {
  const texts: string[] = [];
  return { texts, browser: { action: { setBadgeText: async ({ text }: { text: string }) => void texts.push(text) } } as never };
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('a context-menu action that fails in the background', () => {
  it('is kept for the popup in the editor’s words, with "!" on the toolbar button', async () => {
    const { texts, browser } = badge();
    await reportMenuFailure(area(), browser, 'Clip link to this issue', new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 1000);
    expect(await lastMenuFailure(area())).toEqual({
      action: 'Clip link to this issue',
      message: expect.stringMatching(/^The browser’s storage for this extension is full/),
      at: 1000,
    });
    // Nothing was typed on a page: the editors' "What you typed stays" does not apply.
    expect((await lastMenuFailure(area()))?.message).not.toContain('What you typed');
    expect(texts).toEqual(['!']);
  });

  it('a refusal keeps its own words', async () => {
    const { browser } = badge();
    await reportMenuFailure(area(), browser, 'Quote in commentary', new StorageRefusal('published-issue', 'Issue #12 is published; it cannot change.'), 1);
    expect((await lastMenuFailure(area()))?.message).toBe('Issue #12 is published; it cannot change.');
  });

  it('guardMenuAction resolves with the result, or reports the failure and resolves with nothing', async () => {
    const reports: [string, unknown][] = [];
    const report = async (action: string, error: unknown) => void reports.push([action, error]);
    expect(await guardMenuAction(report, 'Quote in commentary', async () => 'done')).toBe('done');
    const failure = new Error('closed');
    expect(await guardMenuAction(report, 'Quote in commentary', () => Promise.reject(failure))).toBeUndefined();
    expect(reports).toEqual([['Quote in commentary', failure]]);
    expect(console.error).toHaveBeenCalledWith('Quote in commentary failed', failure);
  });

  it('a report that fails too is logged, not thrown', async () => {
    const report = () => Promise.reject(new Error('storage.local is gone'));
    await expect(guardMenuAction(report, 'Clip link to this issue', () => Promise.reject(new Error('closed')))).resolves.toBeUndefined();
    expect(console.error).toHaveBeenCalledTimes(2);
  });

  it('is forgotten once dismissed; anything else under the key is ignored', async () => {
    const { browser } = badge();
    await reportMenuFailure(area(), browser, 'Clip link to this issue', new Error('closed'), 1);
    await dismissMenuFailure(area());
    expect(await lastMenuFailure(area())).toBeNull();
    await area().set({ [MENU_FAILURE_KEY]: { action: 42 } });
    expect(await lastMenuFailure(area())).toBeNull();
  });

  it('says when it happened: the time today, the day and time before', () => {
    const failure = { action: 'Clip link to this issue', message: 'Saving failed: closed', at: new Date(2026, 11, 2, 9, 5).getTime() };
    expect(menuFailureText(failure, new Date(2026, 11, 2, 18, 0))).toBe('“Clip link to this issue” failed at 09:05: Saving failed: closed');
    expect(menuFailureText(failure, new Date(2026, 11, 4, 8, 0))).toBe('“Clip link to this issue” failed on 2 Dec at 09:05: Saving failed: closed');
  });
});
