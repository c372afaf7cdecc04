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
