import { describe, expect, it } from 'vitest';
import { type IssueDocument, type IssueItem, parseIssue } from '@/lib/roundup';

/** The items of the only section of a hand-written issue body. */
function itemsOf(sectionBody: string): IssueItem[] {
  const doc = parseIssue(`## Managing Teams\n\n${sectionBody}\n\n## That’s it…\n\nBye\n`);
  expect(doc.sections).toHaveLength(1);
  return doc.sections[0]?.items ?? [];
}

const link = (title: string, url: string, attribution: string) => ({ title, url, attribution });

describe('parseIssue on hand-written issues', () => {
  it('accepts <br> and <br /> as well as <br/>', () => {
    expect(itemsOf('[A](https://a.example) - Ann<br>\n[B](https://b.example) - Bo<br />\n[C](https://c.example)\n\nWhy.\n\n----------')).toEqual([
      {
        kind: 'link',
        // The archive's own line ends are kept, so the lines are written back as they were.
        links: [
          { ...link('A', 'https://a.example', 'Ann'), form: { lineEnd: '<br>\n' } },
          { ...link('B', 'https://b.example', 'Bo'), form: { lineEnd: '<br />\n' } },
          link('C', 'https://c.example', ''),
        ],
        commentary: 'Why.',
      },
    ]);
  });

  it('accepts a continuation header line starting with a space', () => {
    const [item] = itemsOf('[A](https://a.example) - Ann<br/>\n [B](https://b.example) - Bo\n\n----------');
    expect(item).toEqual({
      kind: 'link',
      links: [{ ...link('A', 'https://a.example', 'Ann'), form: { lineEnd: '<br/>\n ' } }, link('B', 'https://b.example', 'Bo')],
      commentary: '',
    });
  });

  it('joins a hand-wrapped attribution line to its header line', () => {
    const [item] = itemsOf('[A](https://a.example) - Speaker One, Speaker Two,\n  SORSE talk, Free\n\n----------');
    expect(item).toEqual({ kind: 'link', links: [link('A', 'https://a.example', 'Speaker One, Speaker Two, SORSE talk, Free')], commentary: '' });
  });

  it('keeps *et al*. in an attribution as written', () => {
    const [item] = itemsOf('[Why \\[Some\\] Fail](https://x.example) - Bo Chen *et al*., Journal of Examples\n\n----------');
    expect(item).toMatchObject({ links: [link('Why [Some] Fail', 'https://x.example', 'Bo Chen *et al*., Journal of Examples')] });
  });

  it('accepts an en dash between link and attribution', () => {
    const [item] = itemsOf('[A](https://a.example) – Ann\n\n----------');
    expect(item).toMatchObject({ links: [link('A', 'https://a.example', 'Ann')] });
  });

  it('keeps quotes, nested lists and images in commentary verbatim', () => {
    const commentary = '> Quoted *words*.\n\n- one\n  - nested\n- two\n\n![chart](https://img.example/c.png)\n\n```\n----------\n```';
    const [item] = itemsOf(`[A](https://a.example) - Ann\n\n${commentary}\n\n----------`);
    expect(item).toEqual({ kind: 'link', links: [link('A', 'https://a.example', 'Ann')], commentary });
  });

  it('reads a group with no header line and a non-paragraph block as a note', () => {
    const text = 'At UCL they hire all year round:\n\n> our recruitments may at times require a specialism\n\nAnyone else?';
    expect(itemsOf(`${text}\n\n----------`)).toEqual([{ kind: 'note', text }]);
  });

  it('reads paragraphs sharing one separator as a run of briefs', () => {
    expect(itemsOf('A [tiny profiler](https://p.example) in 200 lines.\n\nThere is an [Emacs conference](https://e.example).\n\n----------')).toEqual([
      { kind: 'brief', text: 'A [tiny profiler](https://p.example) in 200 lines.' },
      { kind: 'brief', text: 'There is an [Emacs conference](https://e.example).' },
    ]);
  });

  it('reads a lone paragraph under its own separator as a brief', () => {
    expect(itemsOf('One remark about [jobs](https://jobs.example).\n\n----------')).toEqual([
      { kind: 'brief', text: 'One remark about [jobs](https://jobs.example).' },
    ]);
  });

  it('reads a clip filed as a brief, `[title](url).`, as a brief', () => {
    expect(itemsOf('[Monitoring tiny services](https://m.example).\n\n----------')).toEqual([
      { kind: 'brief', text: '[Monitoring tiny services](https://m.example).' },
    ]);
  });

  it('accepts any thematic break as a separator', () => {
    expect(itemsOf('[A](https://a.example)\n\n---\n\n[B](https://b.example)\n\n* * *')).toHaveLength(2);
  });

  it('reads a last group that lacks its separator', () => {
    expect(itemsOf('[A](https://a.example)\n\n----------\n\nA last brief.')).toEqual([
      { kind: 'link', links: [link('A', 'https://a.example', '')], commentary: '' },
      { kind: 'brief', text: 'A last brief.', separator: false },
    ]);
  });

  it('takes the level-2 heading named “That’s it…” as the closing, and every heading after it as a block', () => {
    const doc = parseIssue(
      'Hi!\n\n## Random\n\nA brief.\n\n----------\n\n## That’s it…\n\nBye.\n\n### About This Newsletter\n\nAbout.\n\n## Jobs Leading Research Computing Teams\n\n[Lead](https://j.example) - Uni\n\n----------\n',
    );
    expect(doc.sections.map((s) => s.name)).toEqual(['Random']);
    expect(doc.closing).toEqual({ heading: 'That’s it…', body: 'Bye.' });
    expect(doc.trailingBlocks).toEqual([
      { heading: 'About This Newsletter', level: 3, body: 'About.' },
      { heading: 'Jobs Leading Research Computing Teams', level: 2, body: '[Lead](https://j.example) - Uni\n\n----------' },
    ]);
  });

  it('gives an issue without a closing an empty one', () => {
    const doc = parseIssue('## Random\n\nA brief.\n\n----------\n');
    expect(doc.closing).toEqual({ heading: '', body: '' });
    expect(doc.sections).toHaveLength(1);
  });

  it('keeps headings of other levels in the intro', () => {
    expect(parseIssue('# Issue 131\n\nHi!\n\n### A thought\n\nMore.\n').intro).toBe('# Issue 131\n\nHi!\n\n### A thought\n\nMore.');
  });

  it('reads an issue without front matter', () => {
    const doc = parseIssue('<!-- markdownlint-disable MD033 -->\n\nHi!\n');
    expect(doc).toEqual<IssueDocument>({
      frontMatter: null,
      preamble: ['<!-- markdownlint-disable MD033 -->'],
      intro: 'Hi!',
      sections: [],
      closing: { heading: '', body: '' },
      trailingBlocks: [],
    });
  });

  it('reads plain, single- and double-quoted YAML and keeps unknown keys in order', () => {
    const doc = parseIssue(
      '---\nlayout: email\ntitle: \'#83 - 16 July 2021\'\ntags:\n  - hpc\n  - rse\nsubtitle: "A \\"quoted\\" \\\\ label"\ndate: 2021-07-16\nhero-img: https://h.example/h.png\npermalink: /83/\n---\n\nHi!\n',
    );
    expect(doc.frontMatter).toEqual({
      title: '#83 - 16 July 2021',
      subtitle: 'A "quoted" \\ label',
      date: '2021-07-16',
      layout: 'email',
      heroImg: 'https://h.example/h.png',
      extra: [
        ['tags', '\n  - hpc\n  - rse'],
        ['permalink', '/83/'],
      ],
    });
  });

  it('reads CRLF line endings', () => {
    const doc = parseIssue('---\r\ntitle: "T"\r\n---\r\n\r\nHi!\r\n\r\n## Random\r\n\r\nA brief.\r\n\r\n----------\r\n');
    expect(doc.frontMatter?.title).toBe('T');
    expect(doc.sections[0]?.items).toEqual([{ kind: 'brief', text: 'A brief.' }]);
  });
});
