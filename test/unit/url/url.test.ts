import { describe, expect, it } from 'vitest';
import { cleanUrl } from '@/lib/url/clean-url';
import { urlKey } from '@/lib/url/url-key';

describe('cleanUrl', () => {
  it.each([
    ['https://e.org/a?utm_source=news&utm_medium=email&id=4', 'https://e.org/a?id=4'],
    ['https://e.org/a?fbclid=x&gclid=y&mc_cid=1&mc_eid=2', 'https://e.org/a'],
    ['https://e.org/a?page=2#section', 'https://e.org/a?page=2#section'],
    ['not a url ', 'not a url'],
  ])('%s → %s', (input, expected) => expect(cleanUrl(input)).toBe(expected));
});

describe('urlKey', () => {
  it.each([
    ['http://www.e.org/a/', 'https://e.org/a'],
    ['https://e.org:443/a#top', 'https://e.org/a'],
    ['https://E.org/a?b=2&a=1&utm_source=x', 'https://e.org/a?a=1&b=2'],
  ])('%s is the same page as %s', (a, b) => expect(urlKey(a)).toBe(urlKey(b)));

  it('keeps different paths and queries apart', () => {
    expect(urlKey('https://e.org/a')).not.toBe(urlKey('https://e.org/b'));
    expect(urlKey('https://e.org/a?id=1')).not.toBe(urlKey('https://e.org/a?id=2'));
  });
});
