// Issue #12, item 1: general title rules, each on small hand-written strings or pages.

import { describe, expect, it } from 'vitest';
import { chooseTitle, stripSiteFromTitle } from '@/lib/extract/title';

describe('a site name before a colon', () => {
  it('is dropped when it is exactly the site name', () => {
    expect(stripSiteFromTitle('ACME: Jane Doe designs the front page of every paper', ['ACME'], 'acme.org')).toBe(
      'Jane Doe designs the front page of every paper',
    );
  });
  it('stays when the prefix only starts with or contains the site name', () => {
    expect(stripSiteFromTitle('Best of Acme 2022: The most liked projects', ['Acme'], 'acme.de')).toBe('Best of Acme 2022: The most liked projects');
    expect(stripSiteFromTitle('Orange hydrogen: Gas from the crust', ['Orange hydrogen and more'], 'example.de')).toBe('Orange hydrogen: Gas from the crust');
  });
});

describe('an h1 one or two words off the metadata title', () => {
  it.each([
    ['Pumpkin pierogi in sage sauce recipe', 'Pumpkin pierogi in sage sauce'],
    ['Recipe for Shortbread with Dark Chocolate', 'Shortbread with Dark Chocolate'],
    ['Battery maker raises factory capacity', 'Battery maker raises factory capacity in Tennessee'],
  ])('%j against the h1 %j: the h1 wins', (meta, h1) => {
    expect(chooseTitle({ meta: [meta], visible: [h1] }, [], 'example.org')).toBe(h1);
  });
  it('does not apply to a two-word h1 or a longer subtitle', () => {
    expect(chooseTitle({ meta: ['Acme privacy policy'], visible: ['privacy policy'] }, [], 'example.org')).toBe('Acme privacy policy');
    expect(chooseTitle({ meta: ['Deep-fried fish cakes'], visible: ['Deep-fried fish cakes Welcome to the flavour capital'] }, [], 'x.com')).toBe(
      'Deep-fried fish cakes',
    );
  });
});
