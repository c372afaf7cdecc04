// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup, type PopupEnv } from '@/components/Popup';
import type { RoundupStore } from '@/lib/db';
import type { PageMetadata } from '@/lib/extract/page-metadata';
import { DEFAULT_TEMPLATE } from '@/lib/template/template';
import { testStore } from '@/test/support/test-store';

const pageAt = (url: string, title: string): PageMetadata => ({
  url,
  canonicalUrl: url,
  title,
  authors: ['dana smith'],
  source: 'EXAMPLE NEWS LTD',
  excerpt: '',
  publishedTime: null,
  lang: 'en',
  wordCount: 1200,
  kind: 'article',
});

function envFor(store: RoundupStore, page: PageMetadata): PopupEnv {
  return {
    store,
    readPage: async () => ({ metadata: page, notice: null }),
    now: () => new Date(2026, 10, 22),
    loadTemplate: async () => DEFAULT_TEMPLATE,
    exportActions: { copyText: async () => {}, downloadText: () => {}, lint: async () => [] },
    openIssuePage: () => {},
  };
}

async function openPopup(env: PopupEnv) {
  const view = render(<Popup env={env} />);
  await waitFor(() => expect(screen.getByRole('form', { name: 'Clip' }).getAttribute('aria-busy')).toBe('false'));
  return view;
}

const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const addClip = async () => {
  fireEvent.click(screen.getByRole('button', { name: 'Add to issue' }));
  await screen.findByRole('status');
};

afterEach(cleanup);

describe('Popup, remembered corrections', () => {
  it('remembers the Source and an author fixed on one page for the next page of the same site, and Forget takes them back', async () => {
    const store = testStore();
    const first = await openPopup(envFor(store, pageAt('https://news.example.co.uk/a', 'A')));
    expect(screen.queryByRole('list', { name: 'Remembered corrections' })).toBeNull();
    fireEvent.input(field('Source'), { target: { value: 'Example News' } });
    fireEvent.input(field('Authors'), { target: { value: 'Dana Smith' } });
    await addClip();
    first.unmount();
    cleanup();

    await openPopup(envFor(store, pageAt('https://www.example.co.uk/b', 'B')));
    expect(field('Source').value).toBe('Example News');
    expect(field('Authors').value).toBe('Dana Smith');
    expect(field('Attribution').value).toBe('Dana Smith, Example News');
    const list = screen.getByRole('list', { name: 'Remembered corrections' });
    expect(list.textContent).toContain('Source remembered for example.co.uk.');
    expect(list.textContent).toContain('Author “Dana Smith” remembered for example.co.uk.');

    fireEvent.click(screen.getByRole('button', { name: 'Forget the remembered Source' }));
    await waitFor(() => expect(field('Source').value).toBe('EXAMPLE NEWS LTD'));
    expect(field('Attribution').value).toBe('Dana Smith, EXAMPLE NEWS LTD');
    expect(screen.queryByRole('button', { name: 'Forget the remembered Source' })).toBeNull();
    expect((await store.allCorrections()).map((c) => c.field)).toEqual(['author']);
  });

  it('does not bring a fix to another site, nor records anything the editor did not change', async () => {
    const store = testStore();
    await openPopup(envFor(store, pageAt('https://dana.github.io/a', 'A')));
    fireEvent.input(field('Source'), { target: { value: 'Dana’s notes' } });
    await addClip();
    cleanup();

    await openPopup(envFor(store, pageAt('https://bo.github.io/b', 'B')));
    expect(field('Source').value).toBe('EXAMPLE NEWS LTD');
    expect(screen.queryByRole('list', { name: 'Remembered corrections' })).toBeNull();
    await addClip();
    expect(await store.allCorrections()).toMatchObject([{ site: 'dana.github.io', field: 'source', to: 'Dana’s notes' }]);
  });

  it('leaves a restored draft as the editor left it', async () => {
    const store = testStore();
    await store.rememberCorrections([{ site: 'example.org', field: 'source', from: 'EXAMPLE NEWS LTD', to: 'Example News' }]);
    const page = pageAt('https://example.org/c', 'C');
    await store.saveDraft(page.url, { ...(await draftFormOf(page)), commentary: 'Typed.' });
    await openPopup(envFor(store, page));
    expect(field('Source').value).toBe('EXAMPLE NEWS LTD');
    expect(field('Commentary').value).toBe('Typed.');
    expect(screen.queryByRole('list', { name: 'Remembered corrections' })).toBeNull();
  });
});

async function draftFormOf(page: PageMetadata) {
  const { formFromPage } = await import('@/lib/clip-form/clip-form');
  return formFromPage(page, 'Random');
}
