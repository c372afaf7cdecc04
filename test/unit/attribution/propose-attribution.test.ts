import { describe, expect, it } from 'vitest';
import { DEFAULT_ATTRIBUTION_STYLE, formatCallDeadline, formatEventDate, proposeAttribution, surname } from '@/lib/attribution/propose-attribution';
import type { PageMetadata } from '@/lib/extract/page-metadata';

type Input = Pick<PageMetadata, 'authors' | 'source' | 'kind' | 'event' | 'job'>;
const article = (authors: string[], source: string | null): Input => ({ authors, source, kind: 'article' });

describe('proposeAttribution (format doc §3)', () => {
  it.each<[string, Input, string]>([
    ['personal blog', article(['Lara Hogan'], null), 'Lara Hogan'],
    ['staff article', article(['Timothy Prickett Morgan'], 'The Next Platform'), 'Timothy Prickett Morgan, The Next Platform'],
    ['company blog, no author', article([], 'Hypercontext'), 'Hypercontext'],
    ['two authors', article(['Jonathan Turner', 'Steve Francia'], 'The New Stack'), 'Jonathan Turner and Steve Francia, The New Stack'],
    ['three authors', article(['Ker Liu', 'Zaiping Bie', 'Ann Lee'], 'Arm'), 'Ker Liu, Zaiping Bie, and Ann Lee, Arm'],
    ['four authors', article(['A One', 'B Two', 'C Three', 'D Four'], 'Arm'), 'A One, B Two, C Three, and D Four, Arm'],
    ['personal blog named after its author', article(['Daniel Lemire'], "Daniel Lemire's blog"), 'Daniel Lemire'],
    [
      'five authors',
      { authors: ['Zeki Seskir', 'B Two', 'C Three', 'D Four', 'E Five'], source: 'SPIE Optical Engineering', kind: 'paper' },
      'Seskir *et al*, SPIE Optical Engineering',
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
      '16 Mar 14:00 UTC, Speaker One, Speaker Two, Free',
    ],
    [
      'event, date only',
      { authors: [], source: 'Org', kind: 'event', event: { performers: [], organizer: null, startDate: '2021-03-16', price: null } },
      '16 Mar, Org',
    ],
  ])('%s', (_, input, expected) => {
    expect(proposeAttribution(input)).toBe(expected);
  });

  it('honours the style: ampersand, no serial comma, et al spelling, threshold and name', () => {
    const s = DEFAULT_ATTRIBUTION_STYLE;
    expect(proposeAttribution(article(['A One', 'B Two'], 'S'), { ...s, conjunction: '&' })).toBe('A One & B Two, S');
    expect(proposeAttribution(article(['A One', 'B Two', 'C Three'], 'S'), { ...s, serialComma: false })).toBe('A One, B Two and C Three, S');
    expect(proposeAttribution(article(['A One', 'B Two', 'C Three'], 'S'), { etAlAfter: 2, conjunction: 'and' })).toBe('One *et al*, S');
    expect(proposeAttribution(article(['A One', 'B Two', 'C Three'], 'S'), { ...s, etAlAfter: 2, etAl: '*et al.*', etAlName: 'full' })).toBe(
      'A One *et al.*, S',
    );
  });

  it('writes events date first, with the end time on the same day, unless told otherwise', () => {
    const event = {
      authors: [],
      source: 'SORSE',
      kind: 'event' as const,
      event: { performers: ['Sadie Bartholomew'], organizer: null, startDate: '2020-11-03T15:00:00Z', endDate: '2020-11-03T16:00:00Z', price: null },
    };
    expect(proposeAttribution(event)).toBe('3 Nov 15:00–16:00 UTC, Sadie Bartholomew');
    expect(proposeAttribution(event, { ...DEFAULT_ATTRIBUTION_STYLE, eventDateFirst: false })).toBe('Sadie Bartholomew, 3 Nov 15:00–16:00 UTC');
  });

  it('formats event dates in UTC', () => {
    expect(formatEventDate('2021-03-16T15:00:00+01:00')).toBe('16 Mar 14:00 UTC');
    expect(formatEventDate('2021-03-16T15:00:00Z', '2021-03-17T10:00:00Z')).toBe('16 Mar 15:00 UTC');
    expect(formatEventDate('not a date')).toBeNull();
  });

  it('writes calls for papers by their deadline', () => {
    expect(formatCallDeadline('2024-08-09')).toBe('Papers due 9 Aug');
    expect(formatCallDeadline('2024-08-09', { ...DEFAULT_ATTRIBUTION_STYLE, callLabel: 'Proposals due' })).toBe('Proposals due 9 Aug');
    expect(formatCallDeadline('soon')).toBeNull();
  });

  it('finds surnames with particles', () => {
    expect(surname('Michelina C. de la Maza')).toBe('de la Maza');
    expect(surname('Seskir, Zeki')).toBe('Seskir');
  });
});
