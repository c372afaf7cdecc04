import { describe, expect, it } from 'vitest';
import { corrected, parseLabelNotes } from '@/scripts/label-notes';

const markdown = `
| page | field | label | corrected | evidence |
|---|---|---|---|---|
| 003-orf.at | authors | \`["ORF.at"]\` | \`[]\` | the byline says "Agenturen" |
| 009-srf.ch | source | \`"Schweizer Radio"\` | \`"SRF"\` | logo alt "SRF" |
| 010-x.com | title | \`"A"\` | \`null\` | no headline on the page |
not a row | authors | \`[]\` |
`;

describe('label notes', () => {
  it('reads corrections from table rows only', () => {
    expect(parseLabelNotes(markdown)).toEqual([
      { page: '003-orf.at', field: 'authors', corrected: [] },
      { page: '009-srf.ch', field: 'source', corrected: 'SRF' },
      { page: '010-x.com', field: 'title', corrected: null },
    ]);
  });

  it('applies corrections to the expected record', () => {
    const notes = parseLabelNotes(markdown);
    const expected = { url: 'u', title: 'A', authors: ['ORF.at'], source: 'Schweizer Radio', sourceAliases: ['S'] };
    expect(corrected(expected, notes.slice(0, 2))).toEqual({ url: 'u', title: 'A', authors: [], source: 'SRF', sourceAliases: [] });
    expect(corrected(expected, notes.slice(2)).title).toBeNull();
  });

  it('rejects a correction that is not a string, list of strings or null', () => {
    expect(() => parseLabelNotes('| 1-a.b | title | `"x"` | `3` | e |')).toThrow(/bad correction/);
  });
});
