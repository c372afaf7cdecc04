import { describe, expect, it } from 'vitest';
import { commentaryProblems, neutraliseCommentary } from '@/lib/roundup/commentary';

describe('neutraliseCommentary: shown as typed', () => {
  it.each([
    ['an unclosed comment', 'Before <b>x</b>\n\n<!-- open\n\nafter', 'Before <b>x</b>\n\n\\<!-- open\n\nafter'],
    ['an HTML block', '<div>\nx\n\n## H', '\\<div>\nx\n\n## H'],
    ['an HTML block inside a quote', '> <pre>\n> x', '> \\<pre>\n> x'],
    ['a closed inline comment', 'a <!-- b --> c', 'a \\<!-- b --> c'],
    ['a kramdown extension', '{::comment}\nhidden', '\\{::comment}\nhidden'],
    ['an unclosed fence, closed where the field ends', '```js\ncode\n\nmore', '```js\ncode\n\nmore\n```'],
    ['a fence right after a quote', '> q\n```\n<pre>\n```', '> q\n\n```\n<pre>\n```'],
  ])('%s', (_, text, safe) => {
    expect(neutraliseCommentary(text)).toBe(safe);
  });

  it.each([
    ['lists', '- a\n- b\n\n1. one'],
    ['emphasis and links', '*em*, **strong** and [a link](https://example.com/x)'],
    ['quotes', '> quoted\n>\n> more'],
    ['closed code blocks', '```\n<!-- code -->\n## not a heading\n```'],
    ['inline HTML', 'H<sub>2</sub>O and <br/>'],
    ['a level-3 heading', '### Aside'],
  ])('keeps %s as written', (_, text) => {
    expect(neutraliseCommentary(text)).toBe(text);
    expect(commentaryProblems(text)).toEqual([]);
  });
});

describe('commentaryProblems: reported with the fix', () => {
  it('a pasted ## heading would start a section', () => {
    expect(commentaryProblems('Good.\n\n## Background\n\nMore')).toEqual([expect.stringContaining('level-2 heading')]);
    expect(commentaryProblems('Good.\nBackground\n---')).toEqual([expect.stringContaining('level-2 heading')]);
  });

  it('a line of ---------- would split the item', () => {
    expect(commentaryProblems('a\n\n----------\n\nb')).toEqual([expect.stringContaining('end the item')]);
  });

  it('a footnote definition would move to the end of the issue in kramdown', () => {
    expect(commentaryProblems('a[^1]\n\n[^1]: note')).toEqual([expect.stringContaining('footnote')]);
  });

  it('the intro may have level-2 headings of its own', () => {
    expect(commentaryProblems('## An essay\n\ntext', 'intro')).toEqual([]);
  });
});
