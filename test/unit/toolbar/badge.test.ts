import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { showClipCount } from '@/lib/toolbar/badge';

describe('toolbar badge', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows the clip count, and nothing for an empty issue', async () => {
    await showClipCount(browser, 12);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('12');
    await showClipCount(browser, 0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('uses browserAction where there is no action (Firefox MV2)', async () => {
    const texts: string[] = [];
    await showClipCount({ browserAction: { setBadgeText: async ({ text }: { text: string | null }) => void texts.push(text ?? '') } } as never, 3);
    expect(texts).toEqual(['3']);
  });
});
