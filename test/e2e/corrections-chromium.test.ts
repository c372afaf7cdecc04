import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type ChromiumSession, openArticle, openPopup, readStore, TEST_HOST_RESOLVER_RULES, waitForExtraction } from '@/test/support/chromium';
import { chromiumTestBed } from '@/test/support/chromium-test-bed';
import { popupForm } from '@/test/support/popup-form';

// Two host names on the one page server: news.example.test (site example.test, two pages)
// and www.elsewhere.test (another site). Every page names its publication "EXAMPLE NEWS LTD".
const bed = chromiumTestBed({ args: [TEST_HOST_RESOLVER_RULES] });

function pageOn(host: string, pathname: string): string {
  const url = new URL(bed.server.url(pathname));
  url.hostname = host;
  return url.href;
}

async function popupFor(session: ChromiumSession, url: string): Promise<Page> {
  const { tabId } = await openArticle(session, url);
  const popup = await openPopup(session, tabId);
  await waitForExtraction(popup);
  return popup;
}

const rememberedList = (popup: Page) => popup.getByRole('list', { name: 'Remembered corrections' });

describe('remembered corrections in Chromium', () => {
  it('brings the Source fixed on one page to the next page of the same site, not to another site, and forgets it', async () => {
    const session = await bed.launch();

    const first = await popupFor(session, pageOn('news.example.test', '/corrections/first.html'));
    let form = popupForm(first);
    expect(await form.source.inputValue()).toBe('EXAMPLE NEWS LTD');
    expect(await rememberedList(first).count()).toBe(0);
    await form.source.fill('Example News');
    await form.commentary.fill('Why the second hire matters.');
    await form.add.click();
    await form.added.waitFor();
    expect(await readStore(session.context, 'corrections')).toMatchObject([
      { site: 'example.test', field: 'source', from: 'EXAMPLE NEWS LTD', to: 'Example News' },
    ]);

    const second = await popupFor(session, pageOn('news.example.test', '/corrections/second.html'));
    form = popupForm(second);
    expect(await form.title.inputValue()).toBe('What a Lab Handbook Should Hold');
    expect(await form.source.inputValue()).toBe('Example News');
    expect(await form.attribution.inputValue()).toBe('Sam Ortiz, Example News');
    expect(await rememberedList(second).innerText()).toContain('Source remembered for example.test.');

    const other = await popupFor(session, pageOn('www.elsewhere.test', '/corrections/elsewhere.html'));
    expect(await popupForm(other).source.inputValue()).toBe('EXAMPLE NEWS LTD');
    expect(await rememberedList(other).count()).toBe(0);

    await second.getByRole('button', { name: 'Forget the remembered Source' }).click();
    await expect.poll(() => form.source.inputValue()).toBe('EXAMPLE NEWS LTD');
    expect(await form.attribution.inputValue()).toBe('Sam Ortiz, EXAMPLE NEWS LTD');
    await expect.poll(() => rememberedList(second).count()).toBe(0);
    expect(await readStore(session.context, 'corrections')).toEqual([]);
  });
});
