import { describe, expect, it } from 'vitest';
import { proposeAttribution } from '@/lib/attribution/propose-attribution';
import {
  briefStarter,
  escapeAttributionText,
  escapeBriefText,
  escapeFrontMatterScalar,
  escapeHeading,
  escapeLinkDestination,
  escapeLinkText,
} from '@/lib/roundup';

describe('one escaper per markdown context (issue #9)', () => {
  it('link text: markup, strike-through and footnotes stay text', () => {
    expect(escapeLinkText('<script>x</script> ~~no~~ [^1]')).toBe('\\<script>x\\</script> \\~\\~no\\~\\~ \\[^1\\]');
    expect(escapeLinkText('^caret')).toBe('&#94;caret');
  });

  it('link destination: spaces, pipes and entity-like ampersands encoded', () => {
    expect(escapeLinkDestination('https://e.com/a b|c?x=1&copy;=2')).toBe('https://e.com/a%20b%7Cc?x=1&amp;copy;=2');
  });

  it('attribution: an author that looks like a link stays text; a final backslash is no hard break', () => {
    expect(escapeAttributionText('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
    expect(escapeAttributionText('Site | Name')).toBe('Site \\| Name');
    expect(escapeAttributionText('A\\')).toBe('A&#92;');
  });

  it('brief text: block starters at the start of the paragraph are escaped', () => {
    expect(escapeBriefText('## Background')).toBe('\\## Background');
    expect(escapeBriefText('> quoted')).toBe('\\> quoted');
    expect(escapeBriefText('- item')).toBe('\\- item');
    expect(escapeBriefText('----------')).toBe('\\----------');
    expect(escapeBriefText('2024. A year')).toBe('2024\\. A year');
    expect(escapeBriefText('1) one')).toBe('1\\) one');
    expect(escapeBriefText('~~~ fence')).toBe('\\~\\~\\~ fence');
    expect(escapeBriefText(': def')).toBe('\\: def');
  });

  it('heading: a trailing # is text', () => {
    expect(escapeHeading('Learn C#')).toBe('Learn C\\#');
  });

  it('front-matter scalar: a double-quoted YAML string', () => {
    expect(escapeFrontMatterScalar('a "b" \\ c\n---')).toBe('"a \\"b\\" \\\\ c\\u000a---"');
  });
});

describe('page-derived text written through the escapers', () => {
  it('proposeAttribution escapes authors and publication but keeps its own *et al*', () => {
    expect(proposeAttribution({ kind: 'article', authors: ['[x](javascript:alert(1))'], source: 'A | B' })).toBe('\\[x\\](javascript:alert(1)), A \\| B');
    expect(proposeAttribution({ kind: 'paper', authors: ['Ann *Lee', 'B', 'C', 'D', 'E'], source: null })).toBe('\\*Lee *et al*');
    expect(proposeAttribution({ kind: 'article', authors: [], source: '<b>Site</b>' })).toBe('\\<b>Site\\</b>');
  });

  it('briefStarter writes the title as link text and the URL as a destination', () => {
    expect(briefStarter('<script>alert(1)</script>', 'https://e.com/a b')).toBe('[\\<script>alert(1)\\</script>](https://e.com/a%20b).');
    expect(briefStarter('  ', 'https://e.com/')).toBe('[https://e.com/](https://e.com/).');
  });
});
