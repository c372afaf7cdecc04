import { describe, expect, it } from 'vitest';
import { blockquoteOf, withQuote } from '@/lib/quote/blockquote';

describe('blockquoteOf', () => {
  it('puts "> " before every line and keeps a blank line inside the quote', () => {
    expect(blockquoteOf('First line\nsecond line\n\nNew paragraph')).toBe('> First line\n> second line\n>\n> New paragraph');
  });

  it('drops blank edges, trailing spaces and Windows line ends', () => {
    expect(blockquoteOf('\n\n  Indented stays  \r\nnext \r\n\n')).toBe('>   Indented stays\n> next');
  });

  it('is empty for a blank selection', () => {
    expect(blockquoteOf(' \n \n')).toBe('');
  });
});

describe('withQuote', () => {
  it('starts empty commentary with the quote', () => {
    expect(withQuote('', 'Quoted.')).toBe('> Quoted.');
  });

  it('appends the quote as its own paragraph after existing commentary', () => {
    expect(withQuote('My take.\n', 'Quoted.')).toBe('My take.\n\n> Quoted.');
    expect(withQuote(withQuote('', 'One.'), 'Two.')).toBe('> One.\n\n> Two.');
  });

  it('leaves the commentary as it was for a blank selection', () => {
    expect(withQuote('Mine.', '   ')).toBe('Mine.');
  });
});
