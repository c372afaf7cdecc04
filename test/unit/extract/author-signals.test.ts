// Author signals read from the visible page (issue #12 items 1–2): each rule on a
// small hand-written snippet, never a saved page.

import { describe, expect, it } from 'vitest';
import { cleanAuthorNames } from '@/lib/extract/authors';
import { extractPageMetadata } from '@/lib/extract/index';
import { spacedText } from '@/lib/extract/text';
import { page } from '@/test/unit/extract/parse';

const authorsOf = (body: string, head = '<title>A post</title>', url = 'https://blog.example.org/2024/a-post') =>
  extractPageMetadata(page(head, body), url).authors;

describe('comment threads', () => {
  const thread = (reply: string) =>
    `<article><h1>A post</h1><p>Text of the post, long enough to read as a post and not as a menu.</p></article>
     <ol class="commentlist">
       <li class="comment"><div class="comment-author vcard"><cite class="fn">Reader One</cite> <span class="says">says:</span></div><p>Nice.</p></li>
       ${reply}
     </ol>`;

  it('takes the post author from the reply the blog marks as theirs', () => {
    const reply = `<li class="comment bypostauthor"><div class="comment-author vcard"><b class="fn">Jane Doe</b> <span class="says">sagt:</span></div><p>Danke!</p></li>`;
    expect(authorsOf(thread(reply))).toEqual(['Jane Doe']);
  });
  it("never reads a reader's comment as the byline", () => {
    expect(authorsOf(thread(''))).toEqual([]);
  });
});

describe('byline elements', () => {
  it("skips a desk's initials before the byline that names a person", () => {
    const body = `<h1>A story</h1><span class="author">JF</span><p>Lead.</p><span class="post-author">Boris T. Kaiser</span>`;
    expect(authorsOf(body)).toEqual(['Boris T. Kaiser']);
  });
  it('reads a byline element marked by its id', () => {
    expect(authorsOf('<h1>A story</h1><div id="author_header">Gunter Frank</div><p>The story itself.</p>')).toEqual(['Gunter Frank']);
  });
  it.each([
    ['Über Steffi Muster', ['Steffi Muster']],
    ['About Jane Doe', ['Jane Doe']],
    ['About the author Jane Doe', ['Jane Doe']],
  ])('drops the author-box heading in %j', (raw, expected) => {
    expect(cleanAuthorNames([raw])).toEqual(expected);
  });
});

describe('spacedText', () => {
  it('keeps adjacent text nodes one word and separates elements', () => {
    const document = page('', '<p id="p"><a>Jane Doe</a><span>3 May</span></p>');
    const p = document.getElementById('p') as Element;
    p.insertBefore(document.createTextNode('Ü'), p.firstChild);
    p.insertBefore(document.createTextNode('ber '), p.childNodes[1] ?? null);
    expect(spacedText(p)).toBe('Über Jane Doe 3 May');
  });
});

describe('a short line after the headline that is only a byline', () => {
  it.each([
    ['<span class="category">Posted by Konstantin</span> <span class="date">21.10.2019</span>', ['Konstantin']],
    ['<span class="itemPoster">Geschrieben von <a href="/u/6">Cooper</a></span>', ['Cooper']],
    ['<h5><em>Von Leonora Holling</em></h5>', ['Leonora Holling']],
    ['<div>Von: Götz Warnke</div>', ['Götz Warnke']],
    ['<p>By Jane Doe | 3 May 2021</p>', ['Jane Doe']],
  ])('%s', (line, expected) => {
    expect(authorsOf(`<h1>A story</h1>${line}<p>The story itself, which is long enough to be the text of the piece.</p>`)).toEqual(expected);
  });
  it('ignores the same words before the headline, in a sentence, or in a comment', () => {
    const body = `<span>Posted by Menu Admin</span><h1>A story</h1><p>Designed by the people who use it every day.</p>
      <div class="comments"><span>Posted by Reader One</span></div>`;
    expect(authorsOf(body)).toEqual([]);
  });
});

describe('a signing label in the running text of a Chinese page', () => {
  it.each([
    ['<div class="edit">(责编：牛镛、岳弘彬)</div>', ['牛镛', '岳弘彬']],
    ['<span>责任编辑： 焦鹏 </span>', ['焦鹏']],
  ])('%s', (line, expected) => {
    expect(authorsOf(`<h1>武汉的声音</h1><p>正文内容。</p>${line}`, '<title>武汉的声音</title>')).toEqual(expected);
  });
  it('is not read on pages titled in other scripts', () => {
    expect(authorsOf('<h1>A story</h1><p>责任编辑：焦鹏</p>')).toEqual([]);
  });
});

describe('a personal site signed only by its copyright line', () => {
  const article = '<h1>Filmbüro</h1><p>A page about a film office, long enough to be read as the text of the page.</p>';
  it.each([
    ['<p>© 2019 Sven Schreivogel</p>', ['Sven Schreivogel']],
    ['<footer><p class="copyrights-text">(c) Johannes Wolf • Weitere Rechte siehe Impressum</p></footer>', ['Johannes Wolf']],
  ])('%s', (footer, expected) => {
    expect(authorsOf(article + footer, '<title>Filmbüro</title>', 'https://www.example.de/filmbuero')).toEqual(expected);
  });
  it.each([
    ['a company', '<footer><p>© 2024 Example Media GmbH</p></footer>'],
    ["a photographer's caption", '<figure><img alt=""><figcaption><p>© BART DEWAELE</p></figcaption></figure>'],
    ['a photographer in a caption class', '<p class="image-caption">© Jane Doe</p>'],
  ])('not %s', (_, footer) => {
    expect(authorsOf(article + footer, '<title>Filmbüro</title>', 'https://www.example.de/filmbuero')).toEqual([]);
  });
  it('gives way to a byline', () => {
    expect(authorsOf(`${article}<p>Von Jane Doe</p><footer><p>© 2019 Sven Schreivogel</p></footer>`)).toEqual(['Jane Doe']);
  });
});
