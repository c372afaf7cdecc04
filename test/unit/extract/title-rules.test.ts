// Issue #12, item 1: general title rules, each on small hand-written strings or pages.

import { describe, expect, it } from 'vitest';
import { extractPageMetadata } from '@/lib/extract/index';
import { readSignals } from '@/lib/extract/signals';
import { chooseTitle, stripSiteFromTitle } from '@/lib/extract/title';
import { page } from '@/test/unit/extract/parse';

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

describe('a source guessed from the first <title> segment', () => {
  it('does not strip that segment when the h1 repeats it', () => {
    const m = extractPageMetadata(
      page('<title>Red Kite Board - Harbour Sails - Sailmaker, surf and kite shop in Kiel</title>', '<h1>Red Kite Board</h1><p>Text</p>'),
      'http://www.harbour-sails.de/artikel/red-kite-board.html',
    );
    expect(m.title).toBe('Red Kite Board');
  });
  it('still strips a blog name that ends the <title>', () => {
    const m = extractPageMetadata(
      page('<title>Paris couture week: a new name | threadbot</title>', '<h1>threadbot</h1><h1>Paris couture week: a new name</h1>'),
      'https://web.archive.org/web/2019/http://www.threadbot.de/paris',
    );
    expect(m.title).toBe('Paris couture week: a new name');
  });
});

describe('an h1 that reads as a full headline', () => {
  it('wins over an SEO title that words the story differently', () => {
    expect(
      chooseTitle({ meta: ['Witch hazel in winter » When does it flower?'], visible: ['How do I look after my witch hazel in winter?'] }, [], 'x.com'),
    ).toBe('How do I look after my witch hazel in winter?');
  });
  it('does not win when short, when it reads as a tagline, on a listing of several headlines, or after a masthead h1', () => {
    expect(chooseTitle({ meta: ['Gigantic telescope opens'], visible: ['Sign up for our newsletter'] }, [], 'x.com')).toBe('Gigantic telescope opens');
    expect(chooseTitle({ meta: ['Congress slows the reform'], visible: ['El Mostrador, the first digital daily of Chile.'] }, [], 'x.com')).toBe(
      'Congress slows the reform',
    );
    const listing = ['The agency raises the limit for radioactive parts in drinking water', 'The union leaves the defence pact after a long debate'];
    expect(chooseTitle({ meta: ['Radio marathon tonight'], visible: listing }, [], 'x.com')).toBe('Radio marathon tonight');
    const afterMasthead = ['Real Democracy Now', 'yes we camp real democracy now spanish revolution t-shirt'];
    expect(chooseTitle({ meta: ['blog | Real Democracy Now'], visible: afterMasthead }, ['Real Democracy Now'], 'x.org')).toBe('blog');
  });
});

describe('a masthead h1 that only links to the home page', () => {
  it('is not the headline: its text names the site, so the <title> loses it and its section label', () => {
    const m = extractPageMetadata(
      page(
        '<title>Talk Time » Blog Archive » Cinemas go digital across the country</title>',
        '<h1><a href="https://talktime.example/">Talk Time</a></h1><h2>Cinemas go digital across the country</h2><p>Text</p>',
      ),
      'https://talktime.example/2013/08/07/cinemas-go-digital/',
    );
    expect(m.title).toBe('Cinemas go digital across the country');
    expect(m.source).toBe('Talk Time');
  });
  it('counts rel=home and a folder above the page, not a link to another page or a headline with a link in it', () => {
    const mastheads = (h1: string) => readSignals(page('<title>T</title>', `${h1}<p>Text</p>`), 'https://x.example/blog/cinemas/').mastheads;
    expect(mastheads('<h1><a rel="home" href="https://elsewhere.example/">Talk Time</a></h1>')).toEqual(['Talk Time']);
    expect(mastheads('<h1><a href="/blog/">Talk Time</a></h1>')).toEqual(['Talk Time']);
    expect(mastheads('<h1><a href="/blog/cinemas/">Cinemas go digital</a></h1>')).toEqual([]);
    expect(mastheads('<h1><a href="/blog/cinemas/comments/">Cinemas go digital</a></h1>')).toEqual([]);
    expect(mastheads('<h1>Cinemas go <a href="/">digital</a></h1>')).toEqual([]);
  });
  it('is the headline after all when og:title ends with its text (a theme that links the post title home)', () => {
    const signals = readSignals(
      page('<meta property="og:title" content="Lab privacy policy">', '<h1><a href="https://lab.example/">privacy policy</a></h1>'),
      'https://lab.example/p/privacy.html',
    );
    expect(signals.mastheads).toEqual([]);
    expect(signals.visibleTitles).toEqual(['privacy policy']);
  });
  it('still keeps a teaser h1 after it from passing for the headline', () => {
    const m = extractPageMetadata(
      page(
        '<title>blog | Real Democracy Now</title>',
        '<h1><a rel="home" href="/">Real Democracy Now</a></h1><h1>yes we camp real democracy now spanish revolution t-shirt</h1><p>Text</p>',
      ),
      'https://rdn.example/blog/',
    );
    expect(m.title).toBe('blog');
  });
});

describe('a title that starts with the site name', () => {
  it('keeps a later segment that mentions the site: the headline, not a tagline', () => {
    expect(stripSiteFromTitle('Peakbook - News - High-resolution snow maps on Peakbook', ['Peakbook'], 'peakbook.ch')).toBe(
      'High-resolution snow maps on Peakbook',
    );
    expect(stripSiteFromTitle('peakbook.ch - Outdoornews - Snow maps on Peakbook.ch', ['peakbook.ch'], 'www.peakbook.ch')).toBe('Snow maps on Peakbook.ch');
    expect(stripSiteFromTitle('Headline of the day – See more on Peakbook', ['Peakbook'], 'peakbook.ch')).toBe('Headline of the day');
    // Only the site's exact name counts as leading: an ID that merely contains the host label does not.
    expect(stripSiteFromTitle('JVNDB-2018-0135 - JVN iPedia - Database', ['JVN iPedia'], 'jvndb.jvn.jp')).toBe('JVNDB-2018-0135');
  });
});

describe('a live blog', () => {
  const live = (type: string) =>
    extractPageMetadata(
      page(
        `<title>Storm LIVE: Bridges closed as river rises - Example News</title>
         <meta property="og:title" content="River reaches record level as bridges close - updates">
         <script type="application/ld+json">{"@context":"https://schema.org","@type":"${type}","headline":"Storm LIVE: Bridges closed as river rises"}</script>`,
        '<h1>Storm LIVE: Bridges closed as river rises</h1><p>Text</p>',
      ),
      'https://news.example/live/storm',
    ).title;
  it('is titled by og:title, the story it is shared as now, not by its running h1 banner', () => {
    expect(live('LiveBlogPosting')).toBe('River reaches record level as bridges close - updates');
  });
  it('an ordinary article keeps its h1', () => {
    expect(live('NewsArticle')).toBe('Storm LIVE: Bridges closed as river rises');
  });
});

describe('a short h1 condensed from the metadata title', () => {
  it.each([
    ['Log cabin type 3 in Ludorf. Cheap holiday homes by the lake.', 'Log cabin 3'],
    ['Nachhaltiger leben', 'Nachhaltig leben'],
  ])('%j beside the h1 %j: the h1 wins', (meta, h1) => {
    expect(chooseTitle({ meta: [meta], visible: [h1] }, [], 'example.de')).toBe(h1);
  });
  it('does not win when it is a run of the title (a site name or kicker dropped) or one word', () => {
    expect(chooseTitle({ meta: ['Acme privacy policy'], visible: ['privacy policy'] }, [], 'example.org')).toBe('Acme privacy policy');
    expect(chooseTitle({ meta: ['Professional design for companies'], visible: ['Design'] }, [], 'example.org')).toBe('Professional design for companies');
  });
});

describe('a kicker element glued to the h1 headline', () => {
  const pieces = ['Olympic Games in Paris', 'Drinks go by boat into the city'];
  it('is dropped when the h1 text runs kicker and headline together', () => {
    expect(chooseTitle({ meta: ['Olympic Games in Paris - Drinks go by boat into the city'], visible: [pieces.join(' ')], pieces }, [], 'x.de')).toBe(
      'Drinks go by boat into the city',
    );
  });
  it('stays when the pieces are one headline broken across elements or the kicker ends in a colon', () => {
    const broken = ['Man sentenced', 'to life in prison today'];
    expect(chooseTitle({ meta: ['Man sentenced to life in prison today'], visible: [broken.join(' ')], pieces: broken }, [], 'x.no')).toBe(
      'Man sentenced to life in prison today',
    );
    const colon = ['Dance at the depot:', 'Washed in all the waters'];
    expect(chooseTitle({ meta: ['Dance at the depot: Washed in all the waters'], visible: [colon.join(' ')], pieces: colon }, [], 'x.ch')).toBe(
      'Dance at the depot: Washed in all the waters',
    );
  });
});

describe('a roofline that og:title names, set before the headline in the h1', () => {
  const pieces = ['Worm bin', 'Build a worm bin'];
  it('yields to the headline after it when that is another metadata title (the JSON-LD headline)', () => {
    expect(chooseTitle({ meta: ['Worm bin | Site', 'Build a worm bin', 'Worm bin | Site'], visible: [pieces.join(' ')], pieces }, ['Site'], 'x.de')).toBe(
      'Build a worm bin',
    );
  });
  it('stays the title when no metadata title names the piece after it', () => {
    expect(chooseTitle({ meta: ['Worm bin | Site', 'Worm bin | Site'], visible: [pieces.join(' ')], pieces }, ['Site'], 'x.de')).toBe('Worm bin');
  });
});

describe('an h1 as the last step of a breadcrumb trail', () => {
  const trail =
    '<ul itemscope itemtype="http://schema.org/BreadcrumbList"><li><a href="/">Home</a></li><li><h1>Sick child: what employers must know</h1></li></ul>';
  it('yields to a headline the article shows elsewhere', () => {
    const m = extractPageMetadata(
      page(
        '<title>Sick child: what employers must know | Example</title>',
        `${trail}<article><div itemprop="headline">What employers must know about parents' rights</div><p>Text</p></article>`,
      ),
      'https://example.de/recht/kind-krank',
    );
    expect(m.title).toBe("What employers must know about parents' rights");
  });
  it('is the headline when the page shows no other', () => {
    const m = extractPageMetadata(page('<title>Sick child: what employers must know | Example</title>', `${trail}<p>Text</p>`), 'https://example.de/a');
    expect(m.title).toBe('Sick child: what employers must know');
  });
});

describe('a <title> written as a breadcrumb (Site » Section » Headline)', () => {
  it('names the site in its first segment and drops a news section after it', () => {
    const m = extractPageMetadata(
      page('<title>Gamers Club e.V. - Neuigkeiten » The events of late</title>', '<h1></h1><p>Text</p>'),
      'https://gc-verein.example/index.php?site=news&id=111',
    );
    expect(m.source).toBe('Gamers Club');
    expect(m.title).toBe('The events of late');
  });
  it('leaves the usual "Headline | Site" order alone', () => {
    expect(stripSiteFromTitle('News | Example', ['Example'], 'example.org')).toBe('News');
    expect(extractPageMetadata(page('<title>The events of late | Gamers Club</title>'), 'https://gc-verein.example/a').source).toBe('Gamers Club');
  });
});
