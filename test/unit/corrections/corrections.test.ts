import { describe, expect, it } from 'vitest';
import { formFromPage } from '@/lib/clip-form/clip-form';
import { editLinkForm } from '@/lib/clip-form/link-form';
import { applyCorrections, correctionsFrom, newCorrections, withoutCorrection } from '@/lib/corrections/corrections';
import type { PageMetadata } from '@/lib/extract/page-metadata';
import type { ClipForm } from '@/lib/model/clip-draft';
import type { Correction } from '@/lib/model/correction';

const page: PageMetadata = {
  url: 'https://news.example.com/a',
  canonicalUrl: 'https://news.example.com/a',
  title: 'A',
  authors: ['dana smith', 'Bo Chen'],
  source: 'EXAMPLE NEWS LTD',
  excerpt: '',
  publishedTime: null,
  lang: 'en',
  wordCount: 100,
  kind: 'article',
};
const site = 'example.com';
const extracted = formFromPage(page, 'Random');
const edit = (form: ClipForm, field: 'authors' | 'source' | 'attribution', value: string) => editLinkForm(form, field, value, form.page, form.style);
const stored = (c: Omit<Correction, 'updatedAt'>): Correction => ({ ...c, updatedAt: 1 });

describe('correctionsFrom', () => {
  it('finds nothing when the editor changed nothing but commentary', () => {
    expect(correctionsFrom(extracted, { ...extracted, commentary: 'Good.' }, site)).toEqual([]);
  });

  it('finds a replaced source, a renamed author and an edited attribution', () => {
    let final = edit(extracted, 'source', 'Example News');
    final = edit(final, 'authors', 'Dana Smith, Bo Chen');
    final = edit(final, 'attribution', 'Dana Smith and Bo Chen for Example News');
    expect(correctionsFrom(extracted, final, site)).toEqual([
      { site, field: 'source', from: 'EXAMPLE NEWS LTD', to: 'Example News' },
      { site, field: 'author', from: 'dana smith', to: 'Dana Smith' },
      { site, field: 'attribution', from: 'Dana Smith and Bo Chen, Example News', to: 'Dana Smith and Bo Chen for Example News' },
    ]);
  });

  it('maps a dropped author to nothing, but not a list rewritten with new names', () => {
    expect(correctionsFrom(extracted, edit(extracted, 'authors', 'Bo Chen'), site)).toEqual([{ site, field: 'author', from: 'dana smith', to: '' }]);
    expect(correctionsFrom(extracted, edit(extracted, 'authors', 'Someone Else'), site)).toEqual([]);
  });

  it('does not count an attribution that only followed the authors and source', () => {
    const final = edit(extracted, 'source', 'Example News');
    expect(final.attribution).toBe('dana smith and Bo Chen, Example News');
    expect(correctionsFrom(extracted, final, site).map((c) => c.field)).toEqual(['source']);
  });
});

describe('applyCorrections', () => {
  const corrections = [
    stored({ site, field: 'source', from: 'EXAMPLE NEWS LTD', to: 'Example News' }),
    stored({ site, field: 'author', from: 'dana smith', to: 'Dana Smith' }),
    stored({ site, field: 'author', from: 'Someone', to: 'Nobody' }),
  ];

  it('applies author names and source; the attribution follows them', () => {
    const { form, applied } = applyCorrections(extracted, corrections);
    expect(form).toMatchObject({
      source: 'Example News',
      authors: 'Dana Smith, Bo Chen',
      attribution: 'Dana Smith and Bo Chen, Example News',
      attributionEdited: false,
    });
    expect(applied.map((c) => c.field)).toEqual(['author', 'source']);
  });

  it('applies an attribution correction to the proposal it replaced, and marks it as the editor’s', () => {
    const fix = stored({ site, field: 'attribution', from: 'Dana Smith and Bo Chen, Example News', to: 'Smith and Chen (Example News)' });
    const { form, applied } = applyCorrections(extracted, [...corrections, fix]);
    expect(form).toMatchObject({ attribution: 'Smith and Chen (Example News)', attributionEdited: true });
    expect(applied).toContain(fix);
  });

  it('leaves a form with other values alone', () => {
    const other = formFromPage({ ...page, source: 'Other Paper', authors: ['Eve'] }, 'Random');
    expect(applyCorrections(other, corrections)).toEqual({ form: other, applied: [] });
  });

  it('round-trips: what the editor fixed on one page is what the next page starts with', () => {
    const final = edit(edit(extracted, 'source', 'Example News'), 'authors', 'Dana Smith, Bo Chen');
    const remembered = correctionsFrom(extracted, final, site).map(stored);
    expect(applyCorrections(extracted, remembered).form).toEqual(final);
  });
});

describe('withoutCorrection', () => {
  const source = stored({ site, field: 'source', from: 'EXAMPLE NEWS LTD', to: 'Example News' });
  const author = stored({ site, field: 'author', from: 'dana smith', to: '' });

  it('puts the extracted value back while the field still shows the correction', () => {
    const { form } = applyCorrections(extracted, [source, author]);
    expect(form.authors).toBe('Bo Chen');
    expect(withoutCorrection(form, source, extracted).source).toBe('EXAMPLE NEWS LTD');
    expect(withoutCorrection(form, author, extracted).authors).toBe('dana smith, Bo Chen');
  });

  it('keeps what the editor typed over it', () => {
    const form = edit(applyCorrections(extracted, [source]).form, 'source', 'Typed');
    expect(withoutCorrection(form, source, extracted)).toBe(form);
  });

  it('hands an attribution back to the proposal', () => {
    const fix = stored({ site, field: 'attribution', from: extracted.attribution, to: 'Mine' });
    const { form } = applyCorrections(extracted, [fix]);
    expect(withoutCorrection(form, fix, extracted)).toMatchObject({ attribution: extracted.attribution, attributionEdited: false });
  });
});

describe('newCorrections', () => {
  it('drops what is already remembered exactly so', () => {
    const kept = stored({ site, field: 'source', from: 'A', to: 'B' });
    expect(newCorrections([{ site, field: 'source', from: 'A', to: 'B' }], [kept])).toEqual([]);
    expect(newCorrections([{ site, field: 'source', from: 'A', to: 'C' }], [kept])).toHaveLength(1);
  });
});
