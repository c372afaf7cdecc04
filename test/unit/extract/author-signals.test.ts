// Author signals read from the visible page (issue #12 items 1–2): each rule on a
// small hand-written snippet, never a saved page.

import { describe, expect, it } from 'vitest';
import { extractPageMetadata } from '@/lib/extract/index';
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
