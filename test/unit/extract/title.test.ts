import { describe, expect, it } from 'vitest';
import { chooseTitle, stripSiteFromTitle } from '@/lib/extract/title';

describe('stripSiteFromTitle', () => {
  it.each([
    ['Seven mobile trends | CNET', ['CNET'], 'www.cnet.com', 'Seven mobile trends'],
    ['Seven mobile trends - CNET', ['CNET'], 'www.cnet.com', 'Seven mobile trends'],
    ['CNET: Seven mobile trends', [], 'www.cnet.com', 'CNET: Seven mobile trends'],
    ['CNET | Seven mobile trends', [], 'www.cnet.com', 'Seven mobile trends'],
    ['Rolling blackouts - The New York Times', [], 'www.nytimes.com', 'Rolling blackouts'],
    ['Rolling blackouts | NYT', [], 'www.nytimes.com', 'Rolling blackouts'],
    ['Housing slowdown | CBC News', ['CBC News'], 'www.cbc.ca', 'Housing slowdown'],
    ['Prince -- Woman Warns Estate ... Step Aside', ['TMZ'], 'www.tmz.com', 'Prince -- Woman Warns Estate ... Step Aside'],
    ['Far-right protesters injured - updates', ['The Mirror'], 'www.mirror.co.uk', 'Far-right protesters injured - updates'],
    ['Headline &amp; more &#8211; Example Blog', ['Example Blog'], 'example.org', 'Headline & more'],
    ['Box Office | Fandom powered by Wikia', ['Fandom powered by Wikia'], 'fandom.wikia.com', 'Box Office'],
    ['A plot twist | The Gateway Pundit | by Cristina Laila', ['The Gateway Pundit'], 'www.thegatewaypundit.com', 'A plot twist'],
    ['  Spaced\n  out   title  ', [], 'example.org', 'Spaced out title'],
    ['Example', ['Example'], 'example.org', 'Example'],
    ['No App Store over mobile data with iOS 13 ? | iPhone | Forum | MacNews.de', ['MacNews'], 'www.macnews.de', 'No App Store over mobile data with iOS 13 ?'],
    ['Example Club - The team sets course for the future - Club Press - News', ['Example Club'], 'example-club.de', 'The team sets course for the future'],
    ['Short one - Part two - Three | Example', ['Example'], 'example.org', 'Short one - Part two - Three'],
    ['A headline of four words - Part two - Three', [], 'example.org', 'A headline of four words - Part two - Three'],
  ])('%j', (raw, names, host, expected) => {
    expect(stripSiteFromTitle(raw, names, host)).toBe(expected);
  });
});

describe('chooseTitle', () => {
  it('prefers the visible headline that matches a reading of the metadata title', () => {
    expect(chooseTitle({ meta: ['Politics | Big News Today | Site'], visible: ['Big News Today'] }, ['Site'], 'site.com')).toBe('Big News Today');
  });
  it('prefers an on-topic visible headline over the SEO title', () => {
    const title = chooseTitle({ meta: ['Rosetta spacecraft plummets to its death'], visible: ['An ode to the Rosetta spacecraft'] }, [], 'x.com');
    expect(title).toBe('An ode to the Rosetta spacecraft');
  });
  it('ignores an off-topic h1 such as the site logo', () => {
    expect(chooseTitle({ meta: ['Gigantic telescope opens'], visible: ['Example', 'Sign up for our newsletter'] }, ['Example'], 'example.com')).toBe(
      'Gigantic telescope opens',
    );
  });
  it('drops a subtitle glued onto the h1', () => {
    expect(chooseTitle({ meta: ['Deep-fried fish cakes'], visible: ['Deep-fried fish cakes Welcome to the flavour capital'] }, [], 'x.com')).toBe(
      'Deep-fried fish cakes',
    );
  });
  it('falls back to the h1 without metadata', () => {
    expect(chooseTitle({ meta: [], visible: ['Only a headline'] }, [], 'x.com')).toBe('Only a headline');
  });
});
