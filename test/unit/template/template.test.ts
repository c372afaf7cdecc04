import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_TEMPLATE, templateFrom } from '@/lib/template/template';
import { loadTemplate, saveTemplate } from '@/lib/template/template-store';
import { readSyncedTemplate } from '@/lib/template/template-sync';

describe('template', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults follow the format doc', () => {
    expect(DEFAULT_TEMPLATE).toMatchObject({
      frontMatter: true,
      layout: 'email',
      greeting: 'Hi!',
      closingHeading: 'That’s it…',
      aboutHeading: 'About This Newsletter',
    });
    expect(DEFAULT_TEMPLATE.sections.find((s) => s.name === 'Random')?.briefs).toBe(true);
    expect(DEFAULT_TEMPLATE.siteUrl).toBe('');
    expect(templateFrom({}).siteUrl).toBe('');
    expect(templateFrom({ siteUrl: 'https://www.example.org' }).siteUrl).toBe('https://www.example.org');
    expect(templateFrom({ siteUrl: 7 }).siteUrl).toBe('');
    expect(DEFAULT_TEMPLATE.sections[0]).toEqual({ name: 'Managing Teams', briefs: false });
  });

  it('a stored template missing fields or holding garbage falls back field by field', () => {
    const template = templateFrom({
      greeting: 'Hello all!',
      frontMatter: 'yes',
      sections: [{ name: ' Books ' }, { name: '' }, 7],
      attribution: { etAlAfter: 0, conjunction: '&' },
    });
    expect(template.greeting).toBe('Hello all!');
    expect(template.frontMatter).toBe(true);
    expect(template.sections).toEqual([{ name: 'Books', briefs: false }]);
    expect(template.attribution).toEqual({ etAlAfter: 4, conjunction: '&' });
    expect(templateFrom(undefined)).toEqual(DEFAULT_TEMPLATE);
    expect(
      templateFrom({ trailingBlocks: [{ heading: ' Jobs ', level: 9, body: 'Board', separatorBefore: true }, { heading: '' }, 3] }).trailingBlocks,
    ).toEqual([{ heading: 'Jobs', level: 6, body: 'Board', separatorBefore: true }]);
  });

  it('is stored in storage.sync so it follows the editor’s profile', async () => {
    expect(await loadTemplate(browser.storage.sync)).toEqual(DEFAULT_TEMPLATE);
    await saveTemplate(browser.storage.sync, { ...DEFAULT_TEMPLATE, signOff: 'Jonathan' });
    expect((await readSyncedTemplate(fakeBrowser.storage.sync))?.template).toMatchObject({ signOff: 'Jonathan' });
    expect((await loadTemplate(browser.storage.sync)).signOff).toBe('Jonathan');
  });
});
