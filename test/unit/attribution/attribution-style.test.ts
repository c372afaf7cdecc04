// The attribution settings read back from a stored template: each checked on its own.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ATTRIBUTION_STYLE } from '@/lib/attribution/propose-attribution';
import { attributionStyleFrom, templateFrom } from '@/lib/template/template';

describe('attributionStyleFrom', () => {
  it('keeps valid settings', () => {
    const stored = {
      etAlAfter: 6,
      conjunction: '&',
      etAl: '*et al.*',
      etAlName: 'full',
      serialComma: false,
      eventDateFirst: false,
      callLabel: ' Proposals due ',
    };
    expect(attributionStyleFrom(stored)).toEqual({ ...stored, callLabel: 'Proposals due' });
  });
  it('drops garbage field by field, leaving the house style to apply', () => {
    expect(
      attributionStyleFrom({ etAlAfter: 2.5, conjunction: 'plus', etAl: 'et al', etAlName: 7, serialComma: 'yes', eventDateFirst: null, callLabel: 3 }),
    ).toEqual(DEFAULT_ATTRIBUTION_STYLE);
    expect(attributionStyleFrom('nonsense')).toEqual(DEFAULT_ATTRIBUTION_STYLE);
    expect(attributionStyleFrom(undefined)).toEqual(DEFAULT_ATTRIBUTION_STYLE);
  });
  it('is what templateFrom stores as the attribution', () => {
    expect(templateFrom({ attribution: { serialComma: false } }).attribution).toEqual({ ...DEFAULT_ATTRIBUTION_STYLE, serialComma: false });
  });
});
