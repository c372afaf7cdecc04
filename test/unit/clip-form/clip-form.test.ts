import { describe, expect, it } from 'vitest';
import { clipFromForm, fileInSection, formFromPage, formProblems, linkFieldProblem, updateForm } from '@/lib/clip-form/clip-form';
import { parseAuthors } from '@/lib/clip-form/link-form';
import type { PageMetadata } from '@/lib/extract/page-metadata';
import { briefStarter } from '@/lib/roundup/brief-starter';

const page: PageMetadata = {
  url: 'https://thenextplatform.com/x?utm_source=a',
  canonicalUrl: 'https://thenextplatform.com/x',
  title: 'Big Iron',
  authors: ['Timothy Prickett Morgan'],
  source: 'The Next Platform',
  excerpt: '',
  publishedTime: null,
  lang: 'en',
  wordCount: 900,
  kind: 'article',
};

describe('formFromPage', () => {
  it('starts from the extracted page, canonical URL and proposed attribution', () => {
    const form = formFromPage(page, 'Research Computing Systems');
    expect(form).toMatchObject({
      title: 'Big Iron',
      url: 'https://thenextplatform.com/x',
      authors: 'Timothy Prickett Morgan',
      source: 'The Next Platform',
      attribution: 'Timothy Prickett Morgan, The Next Platform',
      attributionEdited: false,
      section: 'Research Computing Systems',
      kind: 'link',
      commentary: '',
    });
  });
});

describe('updateForm', () => {
  const form = formFromPage(page, 'Random');

  it('attribution follows authors and source until the editor edits it', () => {
    const twoAuthors = updateForm(form, 'authors', 'Jonathan Turner, Steve Francia');
    expect(twoAuthors.attribution).toBe('Jonathan Turner and Steve Francia, The Next Platform');
    const edited = updateForm(twoAuthors, 'attribution', 'Turner & Francia');
    expect(edited.attributionEdited).toBe(true);
    expect(updateForm(edited, 'source', 'The New Stack').attribution).toBe('Turner & Francia');
  });

  it('clearing the attribution hands it back to the proposal', () => {
    const edited = updateForm(form, 'attribution', 'Mine');
    const cleared = updateForm(edited, 'attribution', '');
    expect(cleared.attributionEdited).toBe(false);
    expect(cleared.attribution).toBe('Timothy Prickett Morgan, The Next Platform');
  });

  it('a brief starts as [Title](url). when it has no text yet', () => {
    expect(updateForm(form, 'kind', 'brief').commentary).toBe('[Big Iron](https://thenextplatform.com/x).');
    const written = updateForm(form, 'commentary', 'Already written.');
    expect(updateForm(written, 'kind', 'brief').commentary).toBe('Already written.');
  });
});

describe('briefStarter', () => {
  it('escapes the title as link text and writes the URL as a destination', () => {
    expect(briefStarter('Why [Some] C\\D', 'https://e.org/a_(b)')).toBe('[Why \\[Some\\] C\\\\D](https://e.org/a_(b)).');
    expect(briefStarter('A', 'https://e.org/a b(')).toBe('[A](https://e.org/a%20b%28).');
  });
});

describe('parseAuthors', () => {
  it('splits on commas and semicolons and drops empty names', () => {
    expect(parseAuthors(' Ann Lee,  Bo   Chen ; ,')).toEqual(['Ann Lee', 'Bo Chen']);
  });
});

describe('formProblems', () => {
  const form = formFromPage(page, 'Random');
  it('accepts a complete link item', () => expect(formProblems(form)).toEqual([]));
  it('asks for a title and a web link', () => {
    expect(formProblems({ ...form, title: ' ', url: 'javascript:alert(1)' })).toEqual([
      'Give the clip a title.',
      'Links starting with javascript: cannot go in the issue: only https://, http:// and mailto: links can.',
    ]);
  });
  it.each([
    ['https://', 'needs a site'],
    ['mailto:', 'needs an address'],
    ['https://exa mple.com/', 'has a space'],
    ['data:text/html,x', 'cannot go in the issue'],
    ['example.com', 'must start with'],
  ])('refuses %j on the Link field, with the reason', (url, reason) => {
    expect(linkFieldProblem(url)).toContain(reason);
    expect(formProblems({ ...form, url })).toEqual([expect.stringContaining(reason)]);
  });
  it.each(['https://example.com/a_(b)', 'http://127.0.0.1:8080/x', 'mailto:ed@example.com'])('accepts %j', (url) => {
    expect(linkFieldProblem(url)).toBeNull();
  });
  it('a note needs only text', () => {
    expect(formProblems({ ...form, kind: 'note', title: '', url: '', commentary: '' })).toEqual(['A note needs some text in Commentary.']);
  });
});

describe('clipFromForm', () => {
  it('stores one link with authors as a list', () => {
    const clip = clipFromForm(updateForm(formFromPage(page, 'Random'), 'commentary', '  Worth reading.  '), 3);
    expect(clip).toEqual({
      issueId: 3,
      section: 'Random',
      kind: 'link',
      commentary: 'Worth reading.',
      links: [
        {
          title: 'Big Iron',
          url: 'https://thenextplatform.com/x',
          authors: ['Timothy Prickett Morgan'],
          source: 'The Next Platform',
          attribution: 'Timothy Prickett Morgan, The Next Platform',
          clippedUrl: 'https://thenextplatform.com/x?utm_source=a',
        },
      ],
    });
  });
});

describe('fileInSection', () => {
  const form = formFromPage(page, 'Managing Teams');
  it('a section made of briefs turns a link item into a brief, and leaving it untouched turns it back', () => {
    const brief = fileInSection(form, 'Random', ['Random']);
    expect(brief).toMatchObject({ section: 'Random', kind: 'brief', commentary: '[Big Iron](https://thenextplatform.com/x).' });
    expect(fileInSection(brief, 'Technical Leadership', ['Random'])).toMatchObject({ section: 'Technical Leadership', kind: 'link', commentary: '' });
  });
  it('a brief the editor has written around stays a brief', () => {
    const written = updateForm(fileInSection(form, 'Random', ['Random']), 'commentary', 'A [Big Iron](https://thenextplatform.com/x) tour.');
    expect(fileInSection(written, 'Managing Teams', ['Random']).kind).toBe('brief');
  });
});
