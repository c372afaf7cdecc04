import { describe, expect, it } from 'vitest';
import { exportableUrl, type IssueDocument, linkDestination, parseIssue, RoundupRenderError, renderIssue } from '@/lib/roundup';
import { escapeInlineText } from '@/lib/roundup/inline-escape';
import { writtenDestination } from '@/lib/roundup/link-destination';
import { quoteYamlString, readYamlScalar } from '@/lib/roundup/yaml-scalar';

describe('escapeInlineText', () => {
  it.each([
    ['Why [Some] Checklists Fail', 'Why \\[Some\\] Checklists Fail'],
    ['C:\\path', 'C:\\\\path'],
    ['*bold* and _under_', '\\*bold\\* and \\_under\\_'],
    ['`code`', '\\`code\\`'],
    ['<b>html</b>', '\\<b>html\\</b>'],
    ['a | b', 'a \\| b'],
    ['[x]: not a definition', '\\[x\\]\\: not a definition'],
    ['{:.class} {::comment}', '\\{:.class} \\{::comment}'],
    ['$5 and $$math$$', '$5 and \\$\\$math\\$\\$'],
    ['AT&T &amp; &#35; &copy;', 'AT&T &amp;amp; &amp;#35; &amp;copy;'],
    ['Learn C#', 'Learn C\\#'],
    ['#131 - a (b) ! ~ > - "q"', '#131 - a (b) ! ~ > - "q"'],
    ['^caret first, not ^ later', '&#94;caret first, not ^ later'],
    ['שלום 😀 e\u0301', 'שלום 😀 e\u0301'],
  ])('%j → %j', (text, escaped) => {
    expect(escapeInlineText(text)).toBe(escaped);
  });
});

describe('linkDestination and exportableUrl', () => {
  it.each([
    ['https://example.com/dates_(parsing)', 'https://example.com/dates_(parsing)'],
    ['https://example.com/a(b', 'https://example.com/a%28b'],
    ['https://example.com/a)b(', 'https://example.com/a%29b%28'],
    ['https://example.com/a b', 'https://example.com/a%20b'],
    ['https://example.com/<x>', 'https://example.com/%3Cx%3E'],
    ['https://example.com/a|b', 'https://example.com/a%7Cb'],
    ['https://example.com/a\\b', 'https://example.com/a%5Cb'],
    ['https://example.com/a\u00a0b\tc', 'https://example.com/a%C2%A0b%09c'],
    ['  https://example.com/*_[x]  ', 'https://example.com/*_[x]'],
    ['https://example.com/a%20b', 'https://example.com/a%20b'],
  ])('%j is written %j', (url, written) => {
    expect(linkDestination(url)).toBe(written);
    expect(linkDestination(written)).toBe(written);
  });

  it('writes an & that would read as an entity as &amp;', () => {
    expect(writtenDestination('https://e.com/?a=1&copy;=2&b=3')).toBe('https://e.com/?a=1&amp;copy;=2&b=3');
  });

  it.each([
    ['https://example.com', true],
    ['HTTP://example.com/x', true],
    ['mailto:ed@example.com', true],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['ftp://example.com', false],
    ['/relative', false],
    ['https://', false],
  ])('%s exportable: %s', (url, ok) => {
    expect(exportableUrl(url)).toBe(ok);
  });
});

describe('front-matter strings', () => {
  it.each([
    ['#131 - 22 Jul 2022', '"#131 - 22 Jul 2022"'],
    ['say "no"', '"say \\"no\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['tab\there', '"tab\\u0009here"'],
  ])('%j → %s and back', (value, quoted) => {
    expect(quoteYamlString(value)).toBe(quoted);
    expect(readYamlScalar(quoted)).toBe(value);
  });
});

describe('renderIssue refuses what cannot be exported', () => {
  const withUrl = (url: string): IssueDocument => ({
    frontMatter: null,
    preamble: [],
    intro: '',
    sections: [{ name: 'Random', items: [{ kind: 'link', links: [{ title: 'Bad', url, attribution: '' }], commentary: '' }] }],
    closing: { heading: 'That’s it…', body: '' },
    trailingBlocks: [],
  });

  it('throws a RoundupRenderError naming the item for a javascript: URL', () => {
    expect(() => renderIssue(withUrl('javascript:alert(1)'))).toThrow(RoundupRenderError);
    expect(() => renderIssue(withUrl('javascript:alert(1)'))).toThrow(/"Bad" in "Random"/);
  });

  it('encodes an awkward URL so that the link still parses', () => {
    const markdown = renderIssue(withUrl('https://example.com/a b(c'));
    expect(markdown).toContain('[Bad](https://example.com/a%20b%28c)');
    expect(parseIssue(markdown).sections[0]?.items[0]).toMatchObject({ links: [{ url: 'https://example.com/a%20b%28c' }] });
  });
});
