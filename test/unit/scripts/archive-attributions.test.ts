import { describe, expect, it } from 'vitest';
import { headerAttributions, splitAttribution } from '@/scripts/archive-attributions';

describe('archive attributions', () => {
  it('reads the attribution of header lines only', () => {
    const md =
      '---\ntitle: "x"\n---\n[A title](https://a.example/x) - Lara Hogan<br/>\n[B](https://b.example) - Bo Chen, Example Weekly\nText [c](https://c.example) - no';
    expect(headerAttributions(md)).toEqual(['Lara Hogan', 'Bo Chen, Example Weekly']);
  });
  it.each([
    ['Lara Hogan', { authors: [], source: 'Lara Hogan', shape: 'one part' }],
    ['Bo Chen, Example Weekly', { authors: ['Bo Chen'], source: 'Example Weekly', shape: 'author, source' }],
    ['Ann Lee & Bo Chen', { authors: ['Ann Lee', 'Bo Chen'], source: null, shape: 'two authors' }],
    ['Ann Lee, Bo Chen, and Cy Diaz, Example Weekly', { authors: ['Ann Lee', 'Bo Chen', 'Cy Diaz'], source: 'Example Weekly', shape: 'three or more' }],
    ['Seskir *et al*, SPIE Optical Engineering', { authors: ['Seskir'], etAl: true, source: 'SPIE Optical Engineering', shape: 'et al' }],
  ])('%s', (attribution, expected) => {
    expect(splitAttribution(attribution, 150)).toMatchObject(expected);
  });
  it.each(['3 Nov 15:00 – 16:00 UTC, Sadie Bartholomew', 'Papers due 9 Aug', 'A One, B Two, C Three, D Four', 'Ann Lee, and Bo Chen, X, Y'])(
    'leaves the ambiguous %j out',
    (attribution) => {
      expect(splitAttribution(attribution, 150)).toBeNull();
    },
  );
});
