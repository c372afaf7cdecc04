import { describe, expect, it } from 'vitest';
import { siteOf } from '@/lib/corrections/site';

describe('siteOf', () => {
  it.each([
    ['https://www.nytimes.com/2026/01/01/a.html', 'nytimes.com'],
    ['https://amp.theguardian.com/x', 'theguardian.com'],
    ['https://news.bbc.co.uk/1/hi/a.stm', 'bbc.co.uk'],
    ['https://www.example.co.uk/', 'example.co.uk'],
    // Private suffixes: two blogs on one host are two sites.
    ['https://dana.github.io/post', 'dana.github.io'],
    ['https://bo.github.io/post', 'bo.github.io'],
    ['https://dana.substack.com/p/x', 'dana.substack.com'],
    ['https://www.bo.substack.com/p/y', 'bo.substack.com'],
    ['https://substack.com/inbox', 'substack.com'],
    ['https://www.substack.com/', 'substack.com'],
    ['https://x.wordpress.com/2026/a', 'x.wordpress.com'],
    ['http://news.example.test:8080/a', 'example.test'],
    ['https://WWW.Example.COM./a', 'example.com'],
  ])('%s → %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });

  it('keeps an IP address or a localhost name as its own site', () => {
    expect(siteOf('http://127.0.0.1:4000/a')).toBe('127.0.0.1');
    expect(siteOf('http://192.168.1.20/a')).not.toBe(siteOf('http://192.168.1.21/a'));
    expect(siteOf('http://[::1]:3000/')).toBe('[::1]');
    expect(siteOf('http://localhost:3000/')).toBe('localhost');
    expect(siteOf('http://blog.localhost/')).toBe('blog.localhost');
  });

  it('has no site for what is not a web page', () => {
    expect(siteOf('chrome://version')).toBeNull();
    expect(siteOf('about:blank')).toBeNull();
    expect(siteOf('file:///home/dana/a.html')).toBeNull();
    expect(siteOf('')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });
});
