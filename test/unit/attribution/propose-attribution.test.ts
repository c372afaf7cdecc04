import { describe, expect, it } from 'vitest';
import { DEFAULT_ATTRIBUTION_STYLE, formatEventDate, proposeAttribution, surname } from '@/lib/attribution/propose-attribution';
import type { PageMetadata } from '@/lib/extract/page-metadata';

type Input = Pick<PageMetadata, 'authors' | 'source' | 'kind' | 'event' | 'job'>;
const article = (authors: string[], source: string | null): Input => ({ authors, source, kind: 'article' });

describe('proposeAttribution (format doc §3)', () => {
  it.each<[string, Input, string]>([
    ['personal blog', article(['Lara Hogan'], null), 'Lara Hogan'],
    ['staff article', article(['Timothy Prickett Morgan'], 'The Next Platform'), 'Timothy Prickett Morgan, The Next Platform'],
    ['company blog, no author', article([], 'Hypercontext'), 'Hypercontext'],
    ['two authors', article(['Jonathan Turner', 'Steve Francia'], 'The New Stack'), 'Jonathan Turner and Steve Francia, The New Stack'],
    ['three authors', article(['Ker Liu', 'Zaiping Bie', 'Ann Lee'], 'Arm'), 'Ker Liu, Zaiping Bie, Ann Lee, Arm'],
    ['four authors', article(['A One', 'B Two', 'C Three', 'D Four'], 'Arm'), 'A One, B Two, C Three, D Four, Arm'],
    [
      'five authors',
      { authors: ['Zeki Seskir', 'B Two', 'C Three', 'D Four', 'E Five'], source: 'SPIE Optical Engineering', kind: 'paper' },
      'Seskir *et al*., SPIE Optical Engineering',
    ],
    ['source repeats an author', article(['Euronews'], 'Euronews'), 'Euronews'],
    ['source repeats an author, other case', article(['Lara Hogan'], 'lara hogan'), 'Lara Hogan'],
    ['empty source', article(['Ann Lee'], '  '), 'Ann Lee'],
    ['nothing known', article([], null), ''],
    [
      'job',
      { authors: [], source: 'Jobs.ac.uk', kind: 'job', job: { organization: 'University of Exeter', location: 'Exeter UK' } },
      'University of Exeter, Exeter UK',
    ],
    [
      'job without organisation',
      { authors: [], source: 'Exeter Jobs', kind: 'job', job: { organization: null, location: 'Exeter UK' } },
      'Exeter Jobs, Exeter UK',
    ],
    [
      'event',
      {
        authors: [],
        source: 'SORSE',
        kind: 'event',
        event: { performers: ['Speaker One', 'Speaker Two'], organizer: 'SORSE talk', startDate: '2021-03-16T14:00:00Z', price: 'Free' },
      },
      'Speaker One, Speaker Two, SORSE talk, 16 Mar 14:00UTC, Free',
    ],
    [
      'event, date only',
      { authors: [], source: 'Org', kind: 'event', event: { performers: [], organizer: null, startDate: '2021-03-16', price: null } },
      'Org, 16 Mar',
    ],
  ])('%s', (_, input, expected) => {
    expect(proposeAttribution(input)).toBe(expected);
  });

  it('honours the style: ampersand and a different et al. threshold', () => {
    expect(proposeAttribution(article(['A One', 'B Two'], 'S'), { ...DEFAULT_ATTRIBUTION_STYLE, conjunction: '&' })).toBe('A One & B Two, S');
    expect(proposeAttribution(article(['A One', 'B Two', 'C Three'], 'S'), { etAlAfter: 2, conjunction: 'and' })).toBe('One *et al*., S');
  });

  it('formats event dates in UTC', () => {
    expect(formatEventDate('2021-03-16T15:00:00+01:00')).toBe('16 Mar 14:00UTC');
    expect(formatEventDate('not a date')).toBeNull();
  });

  it('finds surnames with particles', () => {
    expect(surname('Michelina C. de la Maza')).toBe('de la Maza');
    expect(surname('Seskir, Zeki')).toBe('Seskir');
  });
});
