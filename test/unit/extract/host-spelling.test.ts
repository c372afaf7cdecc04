// A source that is only the host written out yields to the page's own spelling of that name.

import { describe, expect, it } from 'vitest';
import { isHostSpelling, spelledHostName } from '@/lib/extract/host-spelling';
import { extractPageMetadata } from '@/lib/extract/index';
import { page } from '@/test/unit/extract/parse';

describe('isHostSpelling', () => {
  it('recognises the host with or without www and TLD, and a bare lowercase label', () => {
    expect(isHostSpelling('example-times.com', 'www.example-times.com')).toBe(true);
    expect(isHostSpelling('www.siegessaeule.de', 'www.siegessaeule.de')).toBe(true);
    expect(isHostSpelling('fluter', 'www.fluter.de')).toBe(true);
  });

  it('leaves a written name alone', () => {
    expect(isHostSpelling('Example Times', 'www.example-times.com')).toBe(false);
    expect(isHostSpelling('Fluter', 'www.fluter.de')).toBe(false);
    expect(isHostSpelling('Other News', 'example.com')).toBe(false);
  });
});

describe('spelledHostName', () => {
  it('finds the words that spell the host, the most frequent spelling winning', () => {
    const text = 'Example Times Nr. 43 — subscribe to the Example Times © 2023 exampletimes Ltd';
    expect(spelledHostName(text, 'www.example-times.com')).toBe('Example Times');
  });

  it('folds umlauts the way hosts write them', () => {
    expect(spelledHostName('Das Magazin Siegessäule berichtet', 'www.siegessaeule.de')).toBe('Siegessäule');
  });

  it('keeps the host when the page writes its name as the host at least as often', () => {
    expect(spelledHostName('nachtkritik.de empfiehlt: die nachtkritik.de-Charts, Nachtkritik', 'nachtkritik.de')).toBeNull();
  });

  it('prefers a mixed-case spelling to a shouted logo text', () => {
    expect(spelledHostName('THE NERVOUS BREAKDOWN … published by The Nervous Breakdown', 'thenervousbreakdown.com')).toBe('The Nervous Breakdown');
  });

  it('finds nothing for short host labels or pages that never spell the name', () => {
    expect(spelledHostName('MZ MZ MZ', 'www.mz.de')).toBeNull();
    expect(spelledHostName('Nothing here', 'handelsblatt.com')).toBeNull();
  });
});

describe('extractPageMetadata source', () => {
  it('cites the spelled name when og:site_name is only the host', () => {
    const m = extractPageMetadata(
      page(
        '<meta property="og:site_name" content="handelsblatt.com"><title>Story</title>',
        '<h1>Story</h1><footer>© Handelsblatt GmbH – Handelsblatt</footer>',
      ),
      'https://www.handelsblatt.com/politik/story.html',
    );
    expect(m.source).toBe('Handelsblatt');
  });
});
