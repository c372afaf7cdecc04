import { describe, expect, it } from 'vitest';
import { isAddressHost } from '@/lib/extract/host';
import { extractPageMetadata } from '@/lib/extract/index';
import { sourceFromHost } from '@/lib/extract/source';
import { collapseWhitespace, stripBidiControls } from '@/lib/extract/text';
import { page } from '@/test/unit/extract/parse';

describe('bidi controls (issue #9)', () => {
  it('removes embedding, override and isolate controls and nothing else', () => {
    const controls = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';
    expect(stripBidiControls(`a${controls}b`)).toBe('ab');
    const kept = 'שלום \u200e\u200f\u061c 😀 e\u0301 <b>*x*</b> \u200d';
    expect(stripBidiControls(kept)).toBe(kept);
    expect(collapseWhitespace('evil\u202eexe.txt')).toBe('evilexe.txt');
  });

  it('drops the soft hyphen and word joiner, which only steer line breaks', () => {
    expect(collapseWhitespace('Kinder\u00adgarten –\u2060\u00a0Magisk')).toBe('Kindergarten – Magisk');
  });

  it('are gone from the title, authors and source of a page', () => {
    const m = extractPageMetadata(
      page('<title>Good \u202etxt.exe</title><meta name="author" content="Ann \u2066Lee\u2069"><meta property="og:site_name" content="Site\u202d Name">'),
      'https://example.com/a',
    );
    expect(m.title).toBe('Good txt.exe');
    expect(m.authors).toEqual(['Ann Lee']);
    expect(m.source).toBe('Site Name');
  });
});

describe('a page on an IP address or localhost (issue #9)', () => {
  it.each(['127.0.0.1', '192.168.1.20', '[::1]', 'localhost', 'app.localhost'])('%s is an address, not a site', (host) => {
    expect(isAddressHost(host)).toBe(true);
    expect(sourceFromHost(host)).toBeNull();
  });

  it.each(['example.com', 'msn.com', '1password.com', '127.example.com'])('%s names a site', (host) => {
    expect(isAddressHost(host)).toBe(false);
  });

  it('has no source unless its metadata names one', () => {
    expect(extractPageMetadata(page('<title>Local page</title>'), 'http://127.0.0.1:8080/post').source).toBeNull();
    expect(extractPageMetadata(page('<title>Local page</title>'), 'http://localhost/post').source).toBeNull();
    const named = extractPageMetadata(page('<title>Local page</title><meta property="og:site_name" content="Team Wiki">'), 'http://10.0.0.5/post');
    expect(named.source).toBe('Team Wiki');
  });
});
