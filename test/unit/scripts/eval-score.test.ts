import { describe, expect, it } from 'vitest';
import { normalise, sameAuthors, sameSource, scorePage, splitByline, summarise, tokenF1 } from '@/scripts/eval-score';

describe('eval scoring', () => {
  it('normalises case, whitespace, quotes and dashes only', () => {
    expect(normalise('  It’s  “Fine” — OK ')).toBe('it\'s "fine" - ok');
  });
  it('drops invisible format characters (soft hyphen, word joiner, zero-width space), nothing visible', () => {
    expect(normalise('Kinder\u00adgarten –\u2060 Magisk\u200b')).toBe(normalise('Kindergarten – Magisk'));
    expect(normalise('Kinder-garten')).not.toBe(normalise('Kindergarten'));
  });
  it('computes token F1', () => {
    expect(tokenF1('a b c', 'a b c')).toBe(1);
    expect(tokenF1('a b', 'a b c d')).toBeCloseTo(2 / 3);
    expect(tokenF1('', 'x')).toBe(0);
  });
  it('compares author sets and sources with aliases', () => {
    expect(sameAuthors(['B Two', 'a one'], ['A One', 'B Two'])).toBe(true);
    expect(sameAuthors(['A One'], ['A One', 'B Two'])).toBe(false);
    const expected = { url: 'u', title: 't', authors: [], source: 'WIRED', sourceAliases: ['Wired'] };
    expect(sameSource('wired', expected)).toBe(true);
    expect(sameSource('Condé Nast', expected)).toBe(false);
  });
  it('skips unlabelled fields', () => {
    const score = scorePage({ title: 'x', authors: [], source: null }, { url: 'u', title: null, authors: ['A'], source: null });
    expect(score).toEqual({ title: null, titleF1: null, authors: false, source: null });
    expect(summarise([score], 'title')).toEqual({ labelled: 0, exact: 0, rate: 0 });
  });
  it('splits a Readability byline for the baseline', () => {
    expect(splitByline('By A One, B Two and C Three')).toEqual(['A One', 'B Two', 'C Three']);
  });
});
