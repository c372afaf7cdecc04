import { describe, expect, it } from 'vitest';
import type { PageMetadata } from '@/lib/extract/page-metadata';
import { readPage, unreadableReason } from '@/lib/page/page-reading';

const metadata: PageMetadata = {
  url: 'https://example.org/a?utm_source=x',
  canonicalUrl: 'https://example.org/a',
  title: 'A headline',
  authors: ['Dana Smith'],
  source: 'Example',
  excerpt: '',
  publishedTime: null,
  lang: 'en',
  wordCount: 500,
  kind: 'article',
};
const never = () => new Promise<never>(() => {});

describe('unreadableReason', () => {
  it.each([
    ['chrome://extensions/', /browser pages/],
    ['about:blank', /browser pages/],
    ['about:addons', /browser pages/],
    ['edge://settings', /browser pages/],
    ['view-source:https://example.org/', /source views/],
    ['https://chromewebstore.google.com/detail/abc', /store pages/],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', /store pages/],
    ['https://example.org/paper.pdf', /PDF/],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', /browser pages/],
    ['file:///home/me/notes.html', /file URLs/],
    [undefined, /address/],
  ])('%s cannot be read', (url, reason) => {
    expect(unreadableReason(url)).toMatch(reason);
  });

  it('lets ordinary web pages through', () => {
    expect(unreadableReason('https://example.org/post')).toBeNull();
    expect(unreadableReason('http://127.0.0.1:8080/article.html')).toBeNull();
  });
});

describe('readPage', () => {
  const tab = { id: 7, url: 'https://example.org/a?utm_source=x', title: 'A headline | Example' };

  it('returns the extracted metadata when the page is read', async () => {
    const reading = await readPage(tab, async () => ({ ok: true, metadata }));
    expect(reading).toEqual({ metadata, notice: null });
  });

  it('falls back to the tab for browser pages, without injecting', async () => {
    let injected = false;
    const reading = await readPage({ id: 1, url: 'chrome://newtab/', title: 'New Tab' }, async () => {
      injected = true;
      return undefined;
    });
    expect(injected).toBe(false);
    expect(reading.notice).toMatch(/^Could not read this page: browser pages/);
    expect(reading.metadata).toMatchObject({ title: 'New Tab', url: 'chrome://newtab/', authors: [], source: null });
  });

  it('says why when injection throws', async () => {
    const reading = await readPage(tab, () => Promise.reject(new Error('Cannot access contents of the page')));
    expect(reading.notice).toMatch(/^Could not read this page: .*Cannot access contents/);
    expect(reading.metadata.canonicalUrl).toBe('https://example.org/a');
  });

  it('passes on the reason the page gave', async () => {
    const reading = await readPage(tab, async () => ({ ok: false, reason: 'it is not a web page (application/pdf).' }));
    expect(reading.notice).toMatch(/application\/pdf/);
  });

  it('gives up on a page that takes too long, keeping the tab data', async () => {
    const reading = await readPage(tab, never, 20);
    expect(reading.notice).toMatch(/too long/);
    expect(reading.metadata.title).toBe('A headline | Example');
  });
});
