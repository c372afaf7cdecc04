// @vitest-environment happy-dom
// dexie-export-import reads and writes Blobs (FileReader): it needs a DOM-like environment.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsPage } from '@/components/OptionsPage';
import { openArchiveWithBackups } from '@/lib/backup/archive-with-backups';
import { openStore, type RoundupStore } from '@/lib/db';
import { DEFAULT_TEMPLATE, type RoundupTemplate } from '@/lib/template/template';
import { fakeDownloads } from '@/test/support/fake-downloads';

afterEach(cleanup);

function page(before?: (store: RoundupStore) => Promise<unknown>) {
  const fake = fakeDownloads();
  let template: RoundupTemplate = DEFAULT_TEMPLATE;
  const { store, backups } = openArchiveWithBackups(
    openStore,
    {
      ...fake,
      loadTemplate: async () => template,
      saveTemplate: async (t) => {
        template = t;
      },
      appVersion: '0.1.0',
      storage: { persist: async () => false, persisted: async () => false },
    },
    `test-${Math.random().toString(36).slice(2)}`,
  );
  const storage = { get: async () => ({ template }), set: async () => {} };
  const show = () => render(<OptionsPage env={{ store, storage: storage as never, backups }} />);
  if (before) void before(store).then(show);
  else show();
  return { store, fake };
}

const choose = (input: HTMLElement, text: string) => {
  Object.defineProperty(input, 'files', { value: [new File([text], 'backup.json', { type: 'application/json' })], configurable: true });
  fireEvent.change(input);
};

describe('Options page, before the archive holds an issue', () => {
  it('offers “Import issues” and “Restore from backup” above the template', async () => {
    page();
    const offer = await screen.findByRole('region', { name: 'Bring in your archive' });
    expect(within(offer).getByRole('link', { name: 'Import issues' }).getAttribute('href')).toBe('/archive.html#import');
    expect(within(offer).getByRole('link', { name: 'Restore from backup' }).getAttribute('href')).toBe('#backups');
    expect(document.getElementById('backups')?.getAttribute('aria-labelledby')).toBeTruthy();
  });

  it('offers neither once an issue is published', async () => {
    page(async (store) => store.publishIssue((await store.currentIssue()).id, ''));
    await screen.findByRole('region', { name: 'Backups' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('region', { name: 'Bring in your archive' })).toBeNull();
  });
});

describe('Options page, backups', () => {
  it('shows the bookkeeping and persistence in words, and “Back up everything” writes the file', async () => {
    const { fake } = page();
    const section = await screen.findByRole('region', { name: 'Backups' });
    await within(section).findByText('No backup has been made yet.');
    within(section).getByText('The browser may clear storage under pressure; only a backup file survives uninstalling.');
    expect((within(section).getByRole('spinbutton', { name: 'Backups to keep' }) as HTMLInputElement).value).toBe('10');
    fireEvent.click(within(section).getByRole('button', { name: 'Back up everything' }));
    await within(section).findByText(/^Backup saved to your downloads folder: .*Roundup Clipper\/roundup-backup-/);
    await within(section).findByText(/^Last backup: .*\(by hand\)/);
    expect(fake.files.size).toBe(1);
  });

  it('“Restore from backup” refuses a wrong file in words, and merges a backup after showing what it holds', async () => {
    const { store, fake } = page();
    const issue = await store.currentIssue();
    await store.addClip({ issueId: issue.id, section: 'Random', kind: 'note', links: [], commentary: 'kept' });
    const section = await screen.findByRole('region', { name: 'Backups' });
    const input = within(section).getByLabelText('Restore from backup');
    choose(input, 'not json');
    await within(section).findByRole('alert');
    expect(within(section).getByRole('alert').textContent).toBe('This file is not a Roundup Clipper backup (it is not JSON). Nothing was changed.');

    fireEvent.click(within(section).getByRole('button', { name: 'Back up everything' }));
    await within(section).findByText(/^Backup saved/);
    choose(input, [...fake.files.values()][0] ?? '');
    const restore = await within(section).findByRole('group', { name: 'Restore this backup' });
    within(restore).getByText('1 draft issue, 0 published issues');
    within(restore).getByText('1 clip');
    fireEvent.click(within(restore).getByRole('button', { name: 'Merge into this archive' }));
    await within(section).findByText('Merged: 0 issues and 0 clips added, 0 issues and 0 clips merged.');
    await waitFor(() => expect(within(section).queryByRole('group', { name: 'Restore this backup' })).toBeNull());
    expect(await store.countClips(issue.id)).toBe(1);
  });
});
