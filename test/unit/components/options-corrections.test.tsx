// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsPage } from '@/components/OptionsPage';
import { DRAFT_SAVE_DELAY_MS } from '@/lib/saving/save-scheduler';
import { testStore } from '@/test/support/test-store';

afterEach(cleanup);

const storage = { get: async () => ({}), set: async () => {} };

describe('Options page, remembered corrections', () => {
  it('lists them by site, saves an edit as typed and deletes one', async () => {
    const store = testStore();
    await store.rememberCorrections([
      { site: 'example.com', field: 'source', from: 'EXAMPLE NEWS LTD', to: 'Example News' },
      { site: 'dana.github.io', field: 'author', from: 'dana', to: 'Dana Smith' },
    ]);
    render(<OptionsPage env={{ store, storage: storage as never }} />);
    const section = await screen.findByRole('region', { name: 'Remembered corrections' });
    const rows = await within(section).findAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual(['SiteFieldFromToDelete', 'dana.github.ioAuthordanaDelete', 'example.comSourceEXAMPLE NEWS LTDDelete']);

    const to = within(section).getByRole('textbox', { name: 'Correction of Source “EXAMPLE NEWS LTD” on example.com' }) as HTMLInputElement;
    expect(to.value).toBe('Example News');
    fireEvent.input(to, { target: { value: 'The Example News' } });
    await waitFor(async () => expect((await store.correctionsForSites(['example.com']))[0]?.to).toBe('The Example News'), {
      timeout: DRAFT_SAVE_DELAY_MS + 500,
    });

    fireEvent.click(within(section).getByRole('button', { name: 'Delete the correction of Author “dana” on dana.github.io' }));
    await waitFor(() => expect(within(section).queryByRole('textbox', { name: /on dana\.github\.io/ })).toBeNull());
    expect((await store.allCorrections()).map((c) => c.site)).toEqual(['example.com']);
  });

  it('says when there are none', async () => {
    render(<OptionsPage env={{ store: testStore(), storage: storage as never }} />);
    expect(await screen.findByText('No corrections remembered yet.')).toBeTruthy();
  });
});
