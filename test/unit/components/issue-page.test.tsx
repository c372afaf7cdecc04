// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IssuePage, type IssuePageEnv } from '@/components/IssuePage';
import { OptionsPage } from '@/components/OptionsPage';
import type { RoundupStore } from '@/lib/db';
import { DEFAULT_TEMPLATE, type RoundupTemplate } from '@/lib/template/template';
import { readSyncedTemplate } from '@/lib/template/template-sync';
import { testStore } from '@/test/support/test-store';

afterEach(cleanup);

function envFor(store: RoundupStore) {
  const copied: string[] = [];
  const downloads: [string, string][] = [];
  const env: IssuePageEnv = {
    store,
    loadTemplate: async () => ({ ...DEFAULT_TEMPLATE, signOff: 'Dana' }),
    exportActions: {
      copyText: async (text) => void copied.push(text),
      downloadText: (name, text) => void downloads.push([name, text]),
      lint: async () => [],
    },
  };
  return { env, copied, downloads };
}

async function seeded() {
  const store = testStore();
  const issue = await store.currentIssue(new Date(2026, 10, 22));
  const link = { title: 'Polite No', url: 'https://example.org/no', authors: ['Dana Smith'], source: null, attribution: 'Dana Smith' };
  const { clip: kept } = await store.addClip({ issueId: issue.id, section: 'Managing Teams', kind: 'link', links: [link], commentary: 'A kindness.' });
  const { clip: held } = await store.addClip({
    issueId: issue.id,
    section: 'Random',
    kind: 'brief',
    links: [],
    commentary: 'A [profiler](https://example.com/p).',
  });
  await store.updateClip(held.id, { holdForNextWeek: true });
  return { store, issue, kept, held };
}

const issueById = async (store: RoundupStore, id: number) => (await store.allIssues()).find((i) => i.id === id);
/** The exported markdown, read whichever of Preview and Markdown is shown. */
const markdown = () => screen.getByRole('region', { name: 'Markdown preview', hidden: true }).textContent ?? '';

describe('Issue page', () => {
  it('edits the intro with a rendered preview, persists it, and the markdown follows', async () => {
    const { store, issue } = await seeded();
    render(<IssuePage env={envFor(store).env} />);
    const intro = await screen.findByRole('textbox', { name: 'Intro' });
    fireEvent.input(intro, { target: { value: 'Thinking about *no*.' } });
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Rendered preview' })).getByText('no').tagName).toBe('EM'));
    await waitFor(() => expect(markdown()).toContain('Hi!\n\nThinking about *no*.'));
    await waitFor(async () => expect((await issueById(store, issue.id))?.intro).toBe('Thinking about *no*.'));
    expect(markdown()).toContain('[Polite No](https://example.org/no) - Dana Smith');
  });

  it('shows the rendered issue, and its markdown one tab away (arrow keys move between them)', async () => {
    const { store } = await seeded();
    render(<IssuePage env={envFor(store).env} />);
    const preview = await screen.findByRole('tab', { name: 'Preview' });
    const source = screen.getByRole('tab', { name: 'Markdown' });
    expect(preview.getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Rendered preview' })).getByRole('link', { name: 'Polite No' })).toBeTruthy());
    expect(screen.queryByRole('region', { name: 'Markdown preview' })).toBeNull();
    fireEvent.keyDown(preview, { key: 'ArrowRight' });
    expect(source.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(source);
    expect(screen.getByRole('tabpanel', { name: 'Markdown' }).textContent).toContain('[Polite No](https://example.org/no) - Dana Smith');
    expect(screen.queryByRole('region', { name: 'Rendered preview' })).toBeNull();
    fireEvent.click(preview);
    expect(screen.getByRole('region', { name: 'Rendered preview' })).toBeTruthy();
  });

  it('edits number, date and subtitle, and reorders sections for this issue', async () => {
    const { store, issue } = await seeded();
    render(<IssuePage env={envFor(store).env} />);
    fireEvent.input(await screen.findByRole('spinbutton', { name: 'Issue number' }), { target: { value: '131' } });
    fireEvent.input(screen.getByLabelText('Date'), { target: { value: '2022-07-22' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Subtitle' }), { target: { value: 'Saying no well' } });
    await waitFor(() => expect(markdown()).toContain('title: "#131 - 22 Jul 2022"\nsubtitle: "Saying no well"\ndate: 2022-07-22'));
    fireEvent.click(screen.getByRole('button', { name: 'Move Random up' }));
    await waitFor(async () => expect((await issueById(store, issue.id))?.sectionOrder.indexOf('Random')).toBe(9));
    await waitFor(async () => expect(await issueById(store, issue.id)).toMatchObject({ number: 131, date: '2022-07-22', subtitle: 'Saying no well' }));
  });

  it('copies and downloads the markdown under the archive’s file name', async () => {
    const { store } = await seeded();
    const { env, copied, downloads } = envFor(store);
    render(<IssuePage env={env} />);
    await waitFor(() => expect(markdown()).toContain('## Managing Teams'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy markdown' }));
    await waitFor(() => expect(copied[0]).toBe(markdown()));
    fireEvent.click(screen.getByRole('button', { name: 'Download .md' }));
    expect(downloads[0]?.[0]).toBe('2026-11-27-issue-1.md');
    expect(screen.getByText('Downloaded 2026-11-27-issue-1.md.')).toBeTruthy();
  });

  it('a number another issue has is said on the field; the intro typed with it is saved', async () => {
    const { store, issue } = await seeded();
    await store.publishIssue(issue.id, '# one');
    render(<IssuePage env={envFor(store).env} />);
    const number = (await screen.findByRole('spinbutton', { name: 'Issue number' })) as HTMLInputElement;
    await waitFor(() => expect(number.value).toBe('2'));
    fireEvent.input(number, { target: { value: '1' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Intro' }), { target: { value: 'Saved all the same.' } });
    // After the save's 250 ms: room for a slow machine.
    await waitFor(() => expect(number.getAttribute('aria-invalid')).toBe('true'), { timeout: 3000 });
    expect(document.getElementById(number.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Issue #1 already exists: not saved.');
    expect(screen.getByRole('alert').textContent).toContain('Issue #1 already exists, so the number stays #2. Everything else is saved.');
    const next = (await store.allIssues()).find((i) => i.status === 'draft');
    expect(next).toMatchObject({ number: 2, intro: 'Saved all the same.' });
  });

  it('Copy and Download right after typing write what was typed, though the preview waits for a pause', async () => {
    const { store } = await seeded();
    const { env, copied, downloads } = envFor(store);
    render(<IssuePage env={env} />);
    await waitFor(() => expect(markdown()).toContain('## Managing Teams'));
    fireEvent.input(await screen.findByRole('textbox', { name: 'Intro' }), { target: { value: 'Typed a moment ago.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy markdown' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download .md' }));
    await waitFor(() => expect(copied[0]).toContain('Typed a moment ago.'));
    expect(downloads[0]?.[1]).toContain('Typed a moment ago.');
    // The preview catches up after the pause in typing (300 ms): room for a slow machine.
    await waitFor(() => expect(markdown()).toContain('Typed a moment ago.'), { timeout: 3000 });
  });

  it('lists warnings with a way to jump to the clip; warnings do not refuse Publish', async () => {
    const { store, kept } = await seeded();
    await store.updateClip(kept.id, { commentary: '' });
    render(<IssuePage env={envFor(store).env} />);
    const warnings = await screen.findByRole('list', { name: /^Warnings/ });
    expect(within(warnings).getByText(/“Polite No” \(Managing Teams\) has no commentary\./)).toBeTruthy();
    expect(screen.queryByRole('list', { name: /^Errors/ })).toBeNull();
    expect(within(screen.getByRole('list', { name: /^Notes/ })).getByText(/Held for next week/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Publish issue #1' }) as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(within(warnings).getByRole('button', { name: 'Show clip' }));
    expect(await screen.findByRole('group', { name: 'Edit Polite No' })).toBeTruthy();
  });

  it('an error names its clip and refuses Publish, with the reason; Copy and Download still work and say so', async () => {
    const { store, kept } = await seeded();
    await store.updateClip(kept.id, { commentary: 'Why it matters.\n\n## Background\n\nMore.' });
    const { env, copied, downloads } = envFor(store);
    render(<IssuePage env={env} />);
    const errors = await screen.findByRole('list', { name: /^Errors \(1\)/ });
    expect(within(errors).getByText(/“Polite No” \(Managing Teams\)/)).toBeTruthy();
    const publish = screen.getByRole('button', { name: 'Publish issue #1' }) as HTMLButtonElement;
    expect(publish.disabled).toBe(true);
    expect(publish.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(publish.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Publish waits until the error under Export is fixed.');
    const copy = screen.getByRole('button', { name: 'Copy markdown' });
    expect(document.getElementById(copy.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(
      /^1 error in this export: .*Copy and Download still work/,
    );
    fireEvent.click(copy);
    await waitFor(() => expect(copied[0]).toBe(markdown()));
    fireEvent.click(screen.getByRole('button', { name: 'Download .md' }));
    expect(downloads[0]?.[1]).toBe(markdown());
    fireEvent.click(within(errors).getByRole('button', { name: 'Show clip' }));
    const editor = await screen.findByRole('group', { name: 'Edit Polite No' });
    fireEvent.input(within(editor).getByRole('textbox', { name: 'Commentary' }), { target: { value: 'Why it matters.\n\n### Background\n\nMore.' } });
    await waitFor(() => expect((screen.getByRole('button', { name: 'Publish issue #1' }) as HTMLButtonElement).disabled).toBe(false));
    expect(screen.queryByRole('list', { name: /^Errors/ })).toBeNull();
  });

  it('warns of a page linked in a published issue, without refusing Publish', async () => {
    const { store, issue, kept } = await seeded();
    await store.publishIssue(issue.id, '# one');
    const next = await store.currentIssue();
    await store.addClip({ issueId: next.id, section: 'Managing Teams', kind: 'link', links: kept.links, commentary: 'Again, and rightly.' });
    render(<IssuePage env={envFor(store).env} />);
    const warnings = await screen.findByRole('list', { name: /^Warnings/ });
    await waitFor(() =>
      expect(within(warnings).getByText(/^“Polite No” \(Managing Teams\) was linked before, in #1 \(\d+ \w+ \d{4}, Managing Teams\)\.$/)).toBeTruthy(),
    );
    expect((screen.getByRole('button', { name: 'Publish issue #2' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('publishes: freezes the issue, opens #2 a week later holding only the held clips', async () => {
    const { store, issue, held } = await seeded();
    render(<IssuePage env={envFor(store).env} />);
    await waitFor(() => expect(markdown()).toContain('## Managing Teams'));
    const sent = markdown();
    expect(sent).not.toContain('## Random'); // held for next week
    expect(screen.getByText(/Held for next week, not in this export: “A \[profiler\]/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Publish issue #1' }));
    fireEvent.click(within(screen.getByRole('group', { name: 'Confirm publishing' })).getByRole('button', { name: 'Publish now' }));
    expect(await screen.findByRole('heading', { name: 'Issue #2 · 4 Dec 2026' })).toBeTruthy();
    expect(await issueById(store, issue.id)).toMatchObject({ status: 'published', markdown: sent });
    await waitFor(() => expect(screen.getByText('1 clip in issue #2')).toBeTruthy());
    const next = await store.currentIssue();
    expect((await store.clipsForIssue(next.id, next.sectionOrder)).map((c) => [c.id, c.commentary])).toEqual([
      [held.id, 'A [profiler](https://example.com/p).'],
    ]);
    const picker = screen.getByRole('combobox', { name: 'Issue' }) as HTMLSelectElement;
    fireEvent.change(picker, { target: { value: String(issue.id) } });
    expect(await screen.findByRole('heading', { name: 'Issue #1 · 27 Nov 2026 (published)' })).toBeTruthy();
    expect(markdown()).toBe(sent);
    expect((screen.getByRole('textbox', { name: 'Intro' }) as HTMLTextAreaElement).readOnly).toBe(true);
  });
});

describe('Options page', () => {
  beforeEach(() => fakeBrowser.reset());
  /** The template as the options page keeps it in IndexedDB. */
  const savedTemplate = async (store: RoundupStore) => (await store.loadSetting('template'))?.value as RoundupTemplate | undefined;

  it('saves the template to storage and renaming a section keeps its clips', async () => {
    const { store, issue } = await seeded();
    render(<OptionsPage env={{ store, storage: fakeBrowser.storage.sync }} />);
    fireEvent.input(await screen.findByRole('textbox', { name: 'Sign-off' }), { target: { value: 'Jonathan' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Section 1 name' }), { target: { value: 'Leading Teams' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
    const saved = await savedTemplate(store);
    expect(saved).toMatchObject({ signOff: 'Jonathan' });
    expect(saved?.sections[0]).toEqual({ name: 'Leading Teams', briefs: false });
    // storage.sync gets its copy too (the first one at once, later ones at most every few seconds).
    await waitFor(async () => expect((await readSyncedTemplate(fakeBrowser.storage.sync))?.template).toEqual(saved));
    expect((await store.clipsForIssue(issue.id, issue.sectionOrder)).map((c) => c.section)).toContain('Leading Teams');
    expect((await issueById(store, issue.id))?.sectionOrder[0]).toBe('Leading Teams');
  });

  it('shows each template problem on its field, and does not save until they are fixed', async () => {
    const { store, issue } = await seeded();
    render(<OptionsPage env={{ store, storage: fakeBrowser.storage.sync }} />);
    const described = (el: HTMLElement) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent;
    const second = await screen.findByRole('textbox', { name: 'Section 2 name' });
    fireEvent.input(second, { target: { value: 'managing teams' } });
    expect(second.getAttribute('aria-invalid')).toBe('true');
    expect(described(second)).toBe('Section 1 is already called “managing teams”: give this one another name.');
    const closing = screen.getByRole('textbox', { name: 'Closing heading' });
    fireEvent.input(closing, { target: { value: '' } });
    expect(closing.getAttribute('aria-invalid')).toBe('true');
    expect(described(closing)).toMatch(/^The closing text and sign-off need a heading/);
    const layout = screen.getByRole('textbox', { name: 'Layout' });
    fireEvent.input(layout, { target: { value: '' } });
    expect(described(layout)).toBe('Give the Jekyll layout (such as “email”).');
    expect(screen.getByRole('status').textContent).toMatch(/^Not saved: 3 fields need fixing first/);
    await new Promise((r) => setTimeout(r, 400));
    expect(await savedTemplate(store)).toBeUndefined();
    expect((second as HTMLInputElement).value).toBe('managing teams');

    fireEvent.input(second, { target: { value: 'Leading Teams' } });
    fireEvent.input(closing, { target: { value: 'That’s it…' } });
    fireEvent.input(layout, { target: { value: 'email' } });
    expect(second.getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
    expect((await savedTemplate(store))?.sections[1]).toEqual({ name: 'Leading Teams', briefs: false });
    expect((await issueById(store, issue.id))?.sectionOrder[1]).toBe('Leading Teams');
  });
});
