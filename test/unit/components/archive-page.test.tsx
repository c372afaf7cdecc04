// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { ArchivePage } from '@/components/ArchivePage';
import type { RoundupStore } from '@/lib/db';
import { DEFAULT_TEMPLATE } from '@/lib/template/template';
import { testStore } from '@/test/support/test-store';

afterEach(cleanup);

const ARCHIVE = path.resolve('test/fixtures/archive');
const text = (name: string) => readFileSync(path.join(ARCHIVE, name), 'utf8');
const file = (name: string, content = text(name)) => new File([content], name, { type: 'text/markdown' });

function setup(store: RoundupStore = testStore()) {
  const zips: [string, Uint8Array][] = [];
  render(<ArchivePage env={{ store, loadTemplate: async () => DEFAULT_TEMPLATE, saveZip: (name, bytes) => void zips.push([name, bytes]) }} />);
  return { store, zips };
}

/** Chooses files in a file input, as the browser hands them over. */
function choose(label: string, files: File[]) {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

const status = () => screen.findByText(/^Imported/, {}, { timeout: 20_000 });

describe('Archive page', () => {
  it('imports issue files, lists them, reports a file that is not an issue by name', async () => {
    setup();
    choose('Import issues', [file('0128.md'), file('0130.md'), file('notes.md', '# Not an issue\n')]);
    expect((await status()).textContent).toBe('Imported 2 issues.');
    expect(screen.getByText(/Skipped notes\.md: it has no front matter/)).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Issues (2)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Show #130' })).toBeTruthy();
  }, 30_000);

  it('offers Replace for a file that differs from the stored issue, and applies it only when chosen', async () => {
    const { store } = setup();
    choose('Import issues', [file('0130.md')]);
    await status();
    cleanup();
    setup(store);
    choose('Import issues', [file('0130.md', text('0130.md').replace('Hi', 'Hello'))]);
    expect((await status()).textContent).toBe('Imported 0 issues.');
    const issue = (await store.allIssues()).find((i) => i.number === 130);
    expect(issue?.markdown).toBe(text('0130.md'));
    fireEvent.click(screen.getByRole('button', { name: 'Replace #130' }));
    await screen.findByText(/replaced #130/);
    expect((await store.allIssues()).find((i) => i.number === 130)?.markdown).toContain('Hello');
  }, 30_000);

  it('searches the archive and opens a result in its issue; copies it into this week’s issue', async () => {
    const { store } = setup();
    choose('Import issues', [file('0130.md')]);
    await status();
    const box = await screen.findByRole('searchbox', { name: 'Search the archive' });
    await waitFor(() => expect((box as HTMLInputElement).disabled).toBe(false));
    fireEvent.input(box, { target: { value: 'process bad rap' } });
    const results = await screen.findByRole('list', { name: 'Search results' });
    expect(within(results).getAllByRole('listitem')[0]?.textContent).toContain('#130 · 16 Jul 2022 · Managing Teams');
    fireEvent.click(within(results).getByRole('button', { name: 'Process has a bad rap' }));
    const item = await screen.findByRole('listitem', { name: 'Process has a bad rap' });
    fireEvent.click(within(item).getByRole('button', { name: 'Copy to this week’s issue' }));
    await screen.findByText(/^Copied into issue #131, under Managing Teams\./);
    const current = await store.currentIssue();
    const [copied] = await store.clipsForIssue(current.id, current.sectionOrder);
    expect(copied?.links[0]?.url).toBe('https://hagakure.substack.com/p/twh30-process-has-a-bad-rap');
  }, 30_000);

  it('amends an item with "Amend issue", and exports the archive as the site’s collection', async () => {
    const { store, zips } = setup();
    choose('Import issues', [file('0128.md'), file('0130.md')]);
    await status();
    fireEvent.click(await screen.findByRole('button', { name: 'Show #130' }));
    const item = await screen.findByRole('listitem', { name: 'Process has a bad rap' });
    fireEvent.click(within(item).getByRole('button', { name: 'Amend…' }));
    fireEvent.input(within(item).getByRole('textbox', { name: 'Commentary' }), { target: { value: 'Amended words.' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Amend issue' }));
    await screen.findByText('Issue #130 amended.');
    expect((await store.allIssues()).find((i) => i.number === 130)?.markdown).toContain('Amended words.');
    fireEvent.click(screen.getByRole('button', { name: 'Export archive' }));
    await waitFor(() => expect(zips).toHaveLength(1));
    const files = unzipSync(zips[0]?.[1] ?? new Uint8Array());
    expect(Object.keys(files).sort()).toEqual(['_newsletter_issues/0128.md', '_newsletter_issues/0130.md']);
    expect(strFromU8(files['_newsletter_issues/0128.md'] ?? new Uint8Array())).toBe(text('0128.md'));
  }, 30_000);
});
