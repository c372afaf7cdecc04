import type { IssueDocument } from '@/lib/roundup';

/** The document behind the example of section 5 of the format doc. */
export const example131: IssueDocument = {
  frontMatter: {
    title: '#131 - 22 Jul 2022',
    subtitle: 'Saying no well; Checklists for releases; A tiny profiler',
    date: '2022-07-22',
    layout: 'email',
    extra: [],
  },
  preamble: ['<!-- markdownlint-disable MD033 -->', '<!-- markdownlint-disable MD049 -->'],
  intro: 'Hi!\n\nThis week I have been thinking about saying no.\n\nAnd with that, on to the roundup!',
  sections: [
    {
      name: 'Managing Teams',
      items: [
        {
          kind: 'link',
          links: [{ title: 'The Art of the Polite No', url: 'https://example.org/polite-no', attribution: 'Dana Smith' }],
          commentary: 'Smith argues that a clear no, given early, is a kindness:\n\n' + '- say what you *can* do instead\n- say when the answer might change',
        },
        {
          kind: 'link',
          links: [
            {
              title: 'Release Checklists That Work',
              url: 'https://blog.example.com/checklists',
              attribution: 'Ann Lee, Example Engineering',
            },
            {
              title: 'Why [Some] Checklists Fail',
              url: 'https://example.net/why-fail',
              attribution: 'Bo Chen *et al*., Journal of Examples',
            },
          ],
          commentary: 'Read together, these two make the case for short checklists owned by the team.',
        },
      ],
    },
    {
      name: 'Random',
      items: [
        { kind: 'brief', text: 'A [tiny sampling profiler](https://example.com/profiler) in 200 lines.' },
        {
          kind: 'brief',
          text: 'Everything you never wanted to know about [date parsing](https://example.com/dates_(parsing)).',
        },
      ],
    },
  ],
  closing: { heading: 'That’s it…', body: 'And that’s it for another week.\n\nDana' },
  trailingBlocks: [
    {
      heading: 'About This Newsletter',
      level: 3,
      body: 'A weekly roundup for people who lead research computing teams.',
    },
  ],
};
