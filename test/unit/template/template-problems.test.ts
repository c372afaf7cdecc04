import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE, type RoundupTemplate, templateFrom } from '@/lib/template/template';
import { templateProblems } from '@/lib/template/template-problems';

const withSections = (...names: string[]): RoundupTemplate => ({ ...DEFAULT_TEMPLATE, sections: names.map((name) => ({ name, briefs: false })) });

describe('templateProblems: every refusal is a message on its field (issue #9)', () => {
  it('the default template can be saved', () => {
    expect(templateProblems(DEFAULT_TEMPLATE)).toEqual([]);
  });

  it('refuses duplicate section names, on the later row', () => {
    expect(templateProblems(withSections('Random', 'Books', 'random '))).toEqual([
      { field: 'sections', index: 2, message: expect.stringContaining('Section 1 is already called “random”') },
    ]);
  });

  it('refuses an empty section name, on its row', () => {
    expect(templateProblems(withSections('Books', '  '))).toEqual([{ field: 'sections', index: 1, message: expect.stringContaining('name') }]);
  });

  it('refuses an empty closing heading while there is closing text or a sign-off', () => {
    expect(templateProblems({ ...DEFAULT_TEMPLATE, closingHeading: ' ' })).toEqual([{ field: 'closingHeading', message: expect.stringContaining('heading') }]);
    expect(templateProblems({ ...DEFAULT_TEMPLATE, closingHeading: '', closingText: '', signOff: '', aboutHeading: '', aboutText: '' })).toEqual([]);
  });

  it('refuses a closing heading the issue would not be read back by, and a section named like it (issue #11)', () => {
    expect(templateProblems({ ...DEFAULT_TEMPLATE, closingHeading: 'Bye for now' })).toEqual([
      { field: 'closingHeading', message: expect.stringContaining('That’s it') },
    ]);
    expect(templateProblems({ ...DEFAULT_TEMPLATE, closingHeading: "That's it..." })).toEqual([]);
    expect(templateProblems(withSections('Books', 'That’s it for jobs'))).toEqual([
      { field: 'sections', index: 1, message: expect.stringContaining('read as the closing') },
    ]);
  });

  it('refuses an empty layout when the issue has front matter', () => {
    expect(templateProblems({ ...DEFAULT_TEMPLATE, layout: '' })).toEqual([{ field: 'layout', message: expect.stringContaining('layout') }]);
    expect(templateProblems({ ...DEFAULT_TEMPLATE, layout: 'a b' })).toEqual([{ field: 'layout', message: expect.stringContaining('letters') }]);
    expect(templateProblems({ ...DEFAULT_TEMPLATE, siteUrl: 'researchcomputingteams' })).toEqual([
      { field: 'siteUrl', message: expect.stringContaining('https://') },
    ]);
    expect(templateProblems({ ...DEFAULT_TEMPLATE, siteUrl: 'https://www.researchcomputingteams.org/' })).toEqual([]);
    expect(templateProblems({ ...DEFAULT_TEMPLATE, layout: '', frontMatter: false })).toEqual([]);
  });

  it('refuses template text that would change the issue’s shape', () => {
    expect(templateProblems({ ...DEFAULT_TEMPLATE, closingText: 'Bye.\n\n### More' })).toEqual([
      { field: 'closingText', message: expect.stringContaining('heading') },
    ]);
  });
});

describe('templateFrom never brings back removed sections', () => {
  it('an empty stored list stays empty', () => {
    expect(templateFrom({ sections: [] }).sections).toEqual([]);
  });
  it('a template that never had a list gets the defaults', () => {
    expect(templateFrom({}).sections).toEqual(DEFAULT_TEMPLATE.sections);
  });
});
