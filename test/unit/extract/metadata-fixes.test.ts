// Issue #12 ("Metadata the editor never fixes"): one small hand-written page or string
// per general rule — bylines in several languages, placeholders, organisations offered
// as authors, personal sites, legal and host names as sources, kickers in headlines.

import { describe, expect, it } from 'vitest';
import { chooseAuthors } from '@/lib/extract/author-choice';
import { cleanAuthorNames } from '@/lib/extract/authors';
import { extractPageMetadata } from '@/lib/extract/index';
import { chooseSource } from '@/lib/extract/source';
import { chooseTitle, stripSiteFromTitle } from '@/lib/extract/title';
import { page } from '@/test/unit/extract/parse';

const extract = (head: string, body = '', url = 'https://www.example.org/2024/story') => extractPageMetadata(page(head, body), url);

describe('bylines in several languages', () => {
  it.each([
    ['Veröffentlicht von Cem Basman', ['Cem Basman']],
    ['Erstellt von Andri Bryner', ['Andri Bryner']],
    ['publié par Jean Dupont le 3 mars 2021', ['Jean Dupont']],
    ['di Mario Rossi', ['Mario Rossi']],
    ['Isabella.DiBiase am Samstag', ['Isabella DiBiase']],
    ['J.R. Stone Thursday', ['J.R. Stone']],
    ['Johanna Kropfitsch Alle Artikel', ['Johanna Kropfitsch']],
    ['Von Jörn Mecher am 08.12.2022', ['Jörn Mecher']],
    ['Sara Zinnecker Stand: 12.03.2024', ['Sara Zinnecker']],
    ['Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet', ['Fritz Imhof']],
    ['Trump legt nach Von Julian Seiferth , Charlotta Siemer', ['Julian Seiferth', 'Charlotta Siemer']],
    ['By Meg Wagner NEW YORK DAILY NEWS Dec 16, 2016 at 1:38 pm', ['Meg Wagner']],
    ['Grant Tinsley, PhD', ['Grant Tinsley']],
    ['신현주 기자', ['신현주']],
  ])('%s → %j', (raw, expected) => {
    expect(cleanAuthorNames([raw])).toEqual(expected);
  });

  it.each(['Name', 'No Author', 'Jobs', 'Folgen', 'Datum', 'Artikel von', 'Kersti Wolnow sagt:', 'stephangoeldi said, on August 3, 2019 at 3:12 pm'])(
    'drops the placeholder, label or comment %j',
    (raw) => {
      expect(cleanAuthorNames([raw])).toEqual([]);
    },
  );

  it('keeps name particles that look like prepositions', () => {
    expect(cleanAuthorNames(['Ursula von der Leyen', 'Alexander von Humboldt', 'Di Maria', 'Marine Le Pen', 'Daniel D. Von Hoff'])).toEqual([
      'Ursula von der Leyen',
      'Alexander von Humboldt',
      'Di Maria',
      'Marine Le Pen',
      'Daniel D. Von Hoff',
    ]);
  });
});

describe('authors: organisations and logins give way to named people', () => {
  it('prefers four named people over an organisation in meta author', () => {
    const signals = [
      { from: 'author', names: ['Google'], structured: true },
      { from: 'byline', names: ['Ann Lee, Bo Chen, Cy Dee and Di Eve'], structured: false },
    ];
    expect(chooseAuthors(signals, ['The Keyword'], 'blog.example.com')).toEqual(['Ann Lee', 'Bo Chen', 'Cy Dee', 'Di Eve']);
  });
  it('still takes a lone name when nothing fuller is offered', () => {
    expect(chooseAuthors([{ from: 'author', names: ['amw'], structured: true }], ['kicker'], 'kicker.de')).toEqual(['amw']);
  });
});

describe('authors: cleaned against the page', () => {
  it('takes a name in a script without case as a name, not a login', () => {
    expect(chooseAuthors([{ from: 'author', names: ['한국일보', '신현주 기자'], structured: true }], ['한국일보'], 'hankookilbo.com')).toEqual(['신현주']);
  });
  it('drops the publication and desk words after a name', () => {
    expect(chooseAuthors([{ from: 'byline', names: ['Adam Aaronson PhillyVoice Staff'], structured: false }], ['PhillyVoice'], 'phillyvoice.com')).toEqual([
      'Adam Aaronson',
    ]);
  });
  it("drops an author's initials listed beside the name", () => {
    expect(chooseAuthors([{ from: 'author', names: ['Tina Klostermeier', 'TK'], structured: true }], [], 'example.de')).toEqual(['Tina Klostermeier']);
  });
  it('reads a category list in a byline element as no author', () => {
    expect(cleanAuthorNames(['01.12.2022 / CSP / International / Speicher / Top Solar News / Wirtschaft'])).toEqual([]);
  });
  it('does not take a person named as dc.publisher for the site', () => {
    const m = extract(
      '<meta property="og:site_name" content="jungle.world"><meta property="article:author" content="jungle.world"><meta name="author" content="Ernst Lohoff"><meta name="dc.publisher" content="Ernst Lohoff">',
      '<h1>Das Phantom</h1>',
      'https://jungle.world/artikel/phantom',
    );
    expect(m.authors).toEqual(['Ernst Lohoff']);
  });
  it('reads a <byline> element and an author field just above the h1 in its block', () => {
    const tag = extract(
      '<meta name="author" content="finanztreff.de">',
      '<h1>Die Jungen entdecken die Börse</h1><div><p>Quelle: dpa-AFX</p><byline>Von David Hutzler, dpa</byline></div>',
      'https://www.finanztreff.de/news/1',
    );
    expect(tag.authors).toEqual(['David Hutzler']);
    const above = extract(
      '',
      '<main><div class="meta"><div>22.11.2022</div><h5 class="field-term-author">Christian Mihatsch</h5></div><h1>Kein Kipppunkt</h1></main>',
    );
    expect(above.authors).toEqual(['Christian Mihatsch']);
  });
  it('reads a writer-name element and a paragraph that is only a byline', () => {
    const writer = extract('', '<h1>Headline here</h1><cite class="article-meta-writer-name">By <a href="/jane">Jane Doe</a>, <time>May 1</time></cite>');
    expect(writer.authors).toEqual(['Jane Doe']);
    const paragraph = extract('', '<h1>Grenzen setzen</h1><div><p><i>von Daniela Obers</i></p><h2>Grenzen</h2><p>Text über Grenzen.</p></div>');
    expect(paragraph.authors).toEqual(['Daniela Obers']);
  });
});

describe('personal sites', () => {
  it('cites a blog named after its author once: author, no source', () => {
    const m = extract('<meta property="og:site_name" content="Daniel Lemire\'s blog"><meta name="author" content="Daniel Lemire"><title>Fast code</title>');
    expect(m.authors).toEqual(['Daniel Lemire']);
    expect(m.source).toBeNull();
  });
  it('keeps the source when the publication itself signs', () => {
    const m = extract('<meta property="og:site_name" content="Lesotho Times"><meta name="author" content="Lesotho Times"><title>Mining</title>');
    expect(m.source).toBe('Lesotho Times');
  });
});

describe('sources: the name readers use', () => {
  const one = (name: string, host = 'www.example.org') => chooseSource([{ name, weight: 3 }], host);
  it.each([
    ['Schweizer Radio und Fernsehen (SRF)', 'www.srf.ch', 'SRF'],
    ['Zweites Deutsches Fernsehen', 'www.zdf.de', 'ZDF'],
    ['Deutscher Schwimm-Verband e.V.', 'www.dsv.de', 'DSV'],
    ['WEISSER RING e. V.', 'weisser-ring.de', 'WEISSER RING'],
    ['- ZDH', 'www.zdh.de', 'ZDH'],
    ['Infosperber-', 'www.infosperber.ch', 'Infosperber'],
    ['EKD: Evangelische Kirche in Deutschland', 'www.ekd.de', 'EKD'],
    ['MDR.DE', 'www.mdr.de', 'MDR'],
    ['MacTechNews.de', 'www.mactechnews.de', 'MacTechNews'],
    ['kicker', 'www.kicker.de', 'kicker'],
    ['Nachrichten.at', 'www.nachrichten.at', 'Nachrichten.at'],
  ])('%s on %s → %s', (name, host, expected) => {
    expect(one(name, host)).toBe(expected);
  });
  it('never takes "By someone" as the source', () => {
    expect(chooseSource([{ name: 'By linksc', weight: 3 }], 'links.example.com')).toBeNull();
  });
  it('takes the acronym as the page spells it', () => {
    expect(
      chooseSource(
        [
          { name: 'Zweites Deutsches Fernsehen', weight: 3 },
          { name: 'ZDFheute', weight: 0.1 },
          { name: 'Zdf', weight: 0.1 },
        ],
        'zdf.de',
      ),
    ).toBe('ZDF');
    expect(
      chooseSource(
        [
          { name: 'Gesellschaft für Medien', weight: 3 },
          { name: 'GfM', weight: 0.1 },
        ],
        'gfm.de',
      ),
    ).toBe('GfM');
  });
});

describe('sources: names that are not the site', () => {
  it('ignores navigation words and numbers offered as the site name', () => {
    expect(
      chooseSource(
        [
          { name: 'Startseite', weight: 3 },
          { name: '2019', weight: 1 },
          { name: 'NEOS', weight: 1, fromTitle: true },
        ],
        'www.neos.eu',
      ),
    ).toBe('NEOS');
  });
  it('groups a host written with any top-level domain with the name', () => {
    expect(
      chooseSource(
        [
          { name: 'neos.eu', weight: 2 },
          { name: 'NEOS', weight: 1, fromTitle: true },
        ],
        'www.neos.eu',
      ),
    ).toBe('NEOS');
  });
  it('cites the brand that is the host name without the edition after it', () => {
    expect(chooseSource([{ name: 'Global Voices auf Deutsch', weight: 3 }], 'de.globalvoices.org')).toBe('Global Voices');
    expect(chooseSource([{ name: 'Diakonie Deutschland', weight: 3 }], 'www.diakonie.de')).toBe('Diakonie');
    expect(chooseSource([{ name: 'Corriere della Sera', weight: 3 }], 'www.corriere.it')).toBe('Corriere della Sera');
    expect(chooseSource([{ name: "Harper's Magazine", weight: 3 }], 'harpers.org')).toBe("Harper's Magazine");
  });
  it('does not take a piece of the headline for the site', () => {
    expect(
      chooseSource(
        [
          { name: 'Privatkredit', weight: 3 },
          { name: 'SMAVA', weight: 1, fromTitle: true },
        ],
        'www.smava.de',
        ['Privatkredit-Zinsen: So ermitteln Sie Ihre Kosten | SMAVA'],
      ),
    ).toBe('SMAVA');
    expect(
      chooseSource(
        [
          { name: 'GamePro', weight: 1 },
          { name: 'Trailer stellt Platinum Edition vor', weight: 1, fromTitle: true },
        ],
        'www.gamestar.de',
        ['Simulator wird größer - Trailer stellt Platinum Edition vor'],
        ['Simulator wird größer - Trailer stellt Platinum Edition vor'],
      ),
    ).toBe('GamePro');
  });
});

describe('titles', () => {
  it('drops a blog-archive prefix', () => {
    expect(stripSiteFromTitle('Blog Archive » Interning of Small Integers', [], 'fouryears.eu')).toBe('Interning of Small Integers');
    expect(stripSiteFromTitle('Blog Archiv » Zaubernuss im Winter', [], 'example.de')).toBe('Zaubernuss im Winter');
  });
  it('prefers the h1 that matches og:title over one matching the <title>', () => {
    expect(
      chooseTitle(
        { meta: ['Auf das erste Elektron kommt es an', 'News - Eawag'], visible: ['News', 'Auf das erste Elektron kommt es an'] },
        ['Eawag'],
        'eawag.ch',
      ),
    ).toBe('Auf das erste Elektron kommt es an');
  });
  it('takes the headline piece of an h1 with a kicker glued on by <br>', () => {
    const m = extract(
      '<meta property="og:title" content="Das harte Geschäft mit dem Tod">',
      '<h1><span class="kicker">Genetik</span><br><span>Das harte Geschäft mit dem Tod</span></h1>',
    );
    expect(m.title).toBe('Das harte Geschäft mit dem Tod');
  });
  it('takes the h1 when og:title only adds a topic kicker, unless the page prints the kicker beside it', () => {
    const hidden = extract(
      '<meta property="og:title" content="Pressemitteilung: Endlich mehr Tempo!">',
      '<article><h1>Endlich mehr Tempo!</h1><p>Text</p></article>',
    );
    expect(hidden.title).toBe('Endlich mehr Tempo!');
    const shown = extract(
      '<meta property="og:title" content="Kenia: Nairobi von unten">',
      '<header><div class="kicker">Kenia</div><h1>Nairobi von unten</h1></header>',
    );
    expect(shown.title).toBe('Kenia: Nairobi von unten');
  });
  it('takes the h1 when og:title names only its section', () => {
    const m = extract('<meta property="og:title" content="Arbeit">', '<h1>Wir kämpfen für gute Arbeit</h1>');
    expect(m.title).toBe('Wir kämpfen für gute Arbeit');
  });
  it('cuts the title where a later segment names the site', () => {
    expect(stripSiteFromTitle('Ein Musikvideo : Krimiblog-Archiv | Ermittlungen zum Genre | Gegründet 2005', [], 'archiv.krimiblog.de')).toBe('Ein Musikvideo');
    expect(stripSiteFromTitle('Pierogi z dynią – Zobacz na przepisy.pl', ['Przepisy.pl'], 'przepisy.pl')).toBe('Pierogi z dynią');
  });
  it('drops a site name glued on without spaces in scripts that use none', () => {
    expect(stripSiteFromTitle('장동혁, 한동훈 제명했지만 부담 커졌다-정치ㅣ한국일보', ['한국일보'], 'hankookilbo.com')).toBe(
      '장동혁, 한동훈 제명했지만 부담 커졌다',
    );
  });
  it('takes the headline piece of an h1 whose kicker runs into it without a space', () => {
    const m = extract(
      '<meta property="og:title" content="Einheit der Woche | Lagen-Pyramide mit GA2 - SWIM.DE">',
      '<h1><span><small>Einheit der Woche</small><br>Lagen-Pyramide mit GA2</span></h1>',
      'https://www.swim.de/training/pyramide',
    );
    expect(m.title).toBe('Lagen-Pyramide mit GA2');
  });
  it('drops the author credit that a metadata title adds to the h1', () => {
    const m = extract(
      '<title>Mandarinen-Schmand-Kuchen von jesusfreak | Chefkoch</title>',
      '<h1>Mandarinen-Schmand-Kuchen</h1>',
      'https://www.chefkoch.de/rezepte/1',
    );
    expect(m.title).toBe('Mandarinen-Schmand-Kuchen');
  });
  it('does not take a question in the title for the site', () => {
    expect(chooseSource([{ name: 'Wann blüht die Hamamelis?', weight: 1, fromTitle: true }], 'www.gartenjournal.net')).toBeNull();
  });
});
