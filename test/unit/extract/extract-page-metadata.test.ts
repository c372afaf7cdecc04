// One small hand-made page per rule of extractPageMetadata, named for the rule.

import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { extractPageMetadata } from '@/lib/extract/index';
import { page } from '@/test/unit/extract/parse';

const URL_ = 'https://www.example.com/2024/05/story?utm_source=feed&id=7';
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const extract = (head: string, body = '', url = URL_) => extractPageMetadata(page(head, body), url);

describe('extractPageMetadata rules', () => {
  it('reads a JSON-LD @graph with @id references for author and publisher', () => {
    const m = extract(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'NewsArticle', headline: 'Graph headline', author: { '@id': '#jane' }, publisher: { '@id': '#org' } },
          { '@type': 'Person', '@id': '#jane', name: 'Jane Doe' },
          { '@type': 'Organization', '@id': '#org', name: 'Example Times' },
        ],
      }),
    );
    expect(m).toMatchObject({ title: 'Graph headline', authors: ['Jane Doe'], source: 'Example Times', kind: 'article' });
  });

  it('tolerates malformed JSON-LD (trailing comma, raw newline)', () => {
    const m = extract(
      '<script type="application/ld+json">{"@type":"BlogPosting","headline":"Broken\nbut fine","author":{"@type":"Person","name":"Bo Chen"},}</script>',
    );
    expect(m.authors).toEqual(['Bo Chen']);
    expect(m.title).toBe('Broken but fine');
  });

  it('takes author arrays and keeps an Organization author out of the people list', () => {
    const m = extract(
      ld({ '@type': 'Article', headline: 'H', author: [{ '@type': 'Person', name: 'A One' }, 'B Two', { '@type': 'Organization', name: 'Wire' }] }),
    );
    expect(m.authors).toEqual(['A One', 'B Two']);
  });

  it('treats Highwire citation tags as a paper: reordered authors, journal as source', () => {
    const m = extract(`<meta name="citation_title" content="Cell-free DNA"><meta name="citation_author" content="Markus, Havell">
      <meta name="citation_author" content="Zhao, Jun"><meta name="citation_journal_title" content="Journal of Examples">`);
    expect(m).toMatchObject({ kind: 'paper', authors: ['Havell Markus', 'Jun Zhao'], source: 'Journal of Examples', title: 'Cell-free DNA' });
  });

  it('uses og:site_name over a bare hostname spelling', () => {
    const m = extract(
      '<meta property="og:site_name" content="examplenews"><meta name="application-name" content="Example News"><title>Story</title>',
      '',
      'https://examplenews.com/a',
    );
    expect(m.source).toBe('Example News');
  });

  it('ignores article:author profile URLs and reads the name from meta author', () => {
    const m = extract('<meta property="article:author" content="https://www.facebook.com/janedoe"><meta name="author" content="Jane Doe"><title>T</title>');
    expect(m.authors).toEqual(['Jane Doe']);
  });

  it('reads microdata itemprop=author', () => {
    const m = extract('<title>T</title>', '<h1>T</h1><span itemprop="author" itemscope><span itemprop="name">Ann Lee</span></span>');
    expect(m.authors).toEqual(['Ann Lee']);
  });

  it('reads rel=author links', () => {
    expect(extract('<title>T</title>', '<h1>T</h1><a rel="author" href="/ann">Ann Lee</a>').authors).toEqual(['Ann Lee']);
  });

  it('reads a visible byline after the headline, not one in the menu above it', () => {
    const m = extract(
      '<title>Story</title>',
      '<nav><div class="author-menu">By Menu Person</div></nav><h1>Story</h1><p class="byline">By JANE DOE and Bo Chen, Staff Writers</p>',
    );
    expect(m.authors).toEqual(['Jane Doe', 'Bo Chen']);
  });

  it('drops an author that is really the publication when a person is named', () => {
    const m = extract('<meta property="og:site_name" content="Example Times"><meta name="author" content="Example Times, Jane Doe"><title>T</title>');
    expect(m.authors).toEqual(['Jane Doe']);
    expect(m.source).toBe('Example Times');
  });

  it('returns no source for a personal site whose publisher is the author', () => {
    const m = extract(
      `${ld({
        '@type': 'BlogPosting',
        headline: 'On saying no',
        author: { '@type': 'Person', name: 'Lara Hogan' },
        publisher: { '@type': 'Person', name: 'Lara Hogan' },
      })}<meta property="og:site_name" content="Lara Hogan">`,
      '',
      'https://larahogan.me/blog/no',
    );
    expect(m.source).toBeNull();
    expect(m.authors).toEqual(['Lara Hogan']);
  });

  it('strips the site name from the title and decodes entities', () => {
    expect(extract('<meta property="og:site_name" content="Example Times"><title>Fish &amp;amp; chips | Example Times</title>').title).toBe('Fish & chips');
  });

  it('keeps a same-site canonical URL without tracking parameters', () => {
    const m = extract('<link rel="canonical" href="https://example.com/2024/05/story?utm_medium=x"><title>T</title>');
    expect(m.canonicalUrl).toBe('https://example.com/2024/05/story');
  });

  it('ignores a canonical URL on another site', () => {
    expect(extract('<link rel="canonical" href="https://other.org/story"><title>T</title>').canonicalUrl).toBe('https://www.example.com/2024/05/story?id=7');
  });

  it('reads a JobPosting: job title, organisation, location', () => {
    const m = extract(
      `${ld({
        '@type': 'JobPosting',
        title: 'Research Software Lead',
        hiringOrganization: { '@type': 'Organization', name: 'University of Exeter' },
        jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Exeter', addressCountry: 'UK' } },
      })}<title>Jobs | Example</title>`,
    );
    expect(m).toMatchObject({ kind: 'job', title: 'Research Software Lead', job: { organization: 'University of Exeter', location: 'Exeter UK' } });
  });

  it('reads an Event: performers, organiser, start, price', () => {
    const m = extract(
      `${ld({
        '@type': 'Event',
        name: 'Talk',
        startDate: '2024-03-16T14:00:00Z',
        performer: [{ '@type': 'Person', name: 'Speaker One' }],
        organizer: { '@type': 'Organization', name: 'SORSE' },
        offers: { '@type': 'Offer', price: '0', priceCurrency: 'GBP' },
      })}<title>Talk</title>`,
    );
    expect(m).toMatchObject({ kind: 'event', event: { performers: ['Speaker One'], organizer: 'SORSE', startDate: '2024-03-16T14:00:00Z', price: 'Free' } });
  });

  it('rejects published dates in the future or before 1990', () => {
    expect(extract('<meta property="article:published_time" content="2999-01-01"><title>T</title>').publishedTime).toBeNull();
    expect(extract('<meta property="article:published_time" content="1970-01-01T00:00:00Z"><title>T</title>').publishedTime).toBeNull();
    expect(extract('<meta property="article:published_time" content="2019-06-19T10:00:00+02:00"><title>T</title>').publishedTime).toBe(
      '2019-06-19T08:00:00.000Z',
    );
  });

  it('takes lang from <html lang>, else og:locale', () => {
    expect(extractPageMetadata(page('<title>T</title>'), URL_).lang).toBeNull();
    expect(extract('<meta property="og:locale" content="en_GB"><title>T</title>').lang).toBe('en-GB');
  });

  it('trims the excerpt to about 300 characters of plain text', () => {
    const m = extract(`<meta name="description" content="<b>Bold</b> ${'word '.repeat(200)}"><title>T</title>`);
    expect(m.excerpt.startsWith('Bold word')).toBe(true);
    expect(m.excerpt.length).toBeLessThanOrEqual(301);
  });

  it('falls back to Readability and the page text when metadata is missing', () => {
    const body = `<article><h1>A quiet headline</h1><p class="byline">By Ann Lee</p>${'<p>Some long paragraph of article text that goes on. </p>'.repeat(30)}</article>`;
    const m = extract('<title>A quiet headline</title>', body);
    expect(m).toMatchObject({ title: 'A quiet headline', authors: ['Ann Lee'] });
    expect(m.wordCount).toBeGreaterThan(200);
  });

  it('bounds the work on a huge page', () => {
    const body = `<h1>Huge</h1>${'<div><span>x</span></div>'.repeat(10_000)}`;
    const start = performance.now();
    const m = extract('<title>Huge | Example</title>', body);
    expect(m.title).toBe('Huge');
    expect(performance.now() - start).toBeLessThan(5_000);
  });

  it('cites the host only when the page names itself nowhere', () => {
    expect(extract('<title>Story</title>', '', 'https://www.msn.com/en-us/story').source).toBe('MSN');
  });

  it('works on a happy-dom document too, without mutating it', () => {
    const window = new Window({ url: 'https://www.example.com/' });
    window.document.write(
      '<html><head><meta property="og:title" content="Happy headline"><meta name="author" content="Jane Doe"><meta property="og:site_name" content="Example"></head><body><h1>Happy headline</h1></body></html>',
    );
    const document = window.document as unknown as Document;
    const before = document.documentElement.outerHTML;
    expect(extractPageMetadata(document, URL_)).toMatchObject({ title: 'Happy headline', authors: ['Jane Doe'], source: 'Example' });
    expect(document.documentElement.outerHTML).toBe(before);
  });
  it('takes a bold signature line that opens or closes the article when only the site signs', () => {
    const head = '<meta property="og:site_name" content="Example Times"><meta name="author" content="Example Times"><title>Story</title>';
    const paragraphs = '<p>First paragraph of the story.</p><p>Second paragraph.</p><p>Third paragraph.</p><p>Fourth paragraph.</p>';
    const closing = extract(head, `<h1>Story</h1><div>${paragraphs}<p><strong>Lê Phương</strong></p></div>`);
    expect(closing.authors).toEqual(['Lê Phương']);
    const opening = extract(head, `<h1>Story</h1><div><p><strong>Jane Doe/John Roe</strong></p>${paragraphs}</div>`);
    expect(opening.authors).toEqual(['Jane Doe', 'John Roe']);
  });

  it('does not take a bold subheading in the middle of the article as a signature', () => {
    const head = '<meta property="og:site_name" content="Example Times"><title>Story</title>';
    const m = extract(head, '<h1>Story</h1><div><p>One.</p><p>Two.</p><p>Three.</p><p><strong>Key Takeaways</strong></p><p>Four.</p><p>Five.</p></div>');
    expect(m.authors).toEqual([]);
  });
});
