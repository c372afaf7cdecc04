import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { siteOf } from '@/lib/corrections/site';
import { siteCandidates } from '@/lib/corrections/site-candidates';

describe('siteCandidates', () => {
  it('lists the host and its suffixes, also without www', () => {
    expect(siteCandidates('https://www.nymag.com/a')).toEqual(['www.nymag.com', 'nymag.com', 'com']);
    expect(siteCandidates('https://x.www.substack.com/p')).toEqual(['x.www.substack.com', 'www.substack.com', 'substack.com', 'com', 'x.substack.com']);
    expect(siteCandidates('http://127.0.0.1:4000/a')).toContain('127.0.0.1');
    expect(siteCandidates('http://[::1]:3000/')).toEqual(['[::1]']);
    expect(siteCandidates('chrome://extensions')).toEqual([]);
    expect(siteCandidates('not a url')).toEqual([]);
  });

  it('always holds the site siteOf names, so no remembered correction is missed', () => {
    const label = fc.constantFrom('www', 'dana', 'bo', 'news', 'a', 'x1', 'co', 'com', 'blog', 'github', 'substack', 'xn--bcher-kva');
    const suffix = fc.constantFrom(
      'com',
      'co.uk',
      'github.io',
      'substack.com',
      'wordpress.com',
      'blogspot.com',
      'test',
      'de',
      'localhost',
      'ck',
      'kawasaki.jp',
      'city.kawasaki.jp',
      '',
    );
    const host = fc.oneof(
      fc.tuple(fc.array(label, { maxLength: 4 }), suffix).map(([labels, end]) => [...labels, end].filter(Boolean).join('.')),
      fc.ipV4(),
      fc.ipV6().map((ip) => `[${ip}]`),
    );
    fc.assert(
      fc.property(host, fc.constantFrom('http', 'https'), fc.boolean(), (h, scheme, dot) => {
        if (!h) return;
        const url = `${scheme}://${h.toUpperCase()}${dot ? '.' : ''}/page`;
        const site = siteOf(url);
        if (site !== null) expect(siteCandidates(url)).toContain(site);
      }),
      { numRuns: 2000 },
    );
  });
});
