// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { QueueView } from '@/components/QueueView';
import { createQueueState, type QueueStateOptions } from '@/components/queue-state';
import type { RoundupStore } from '@/lib/db';
import type { NewClip } from '@/lib/model/clip';
import { DEFAULT_TEMPLATE } from '@/lib/template/template';
import { must } from '@/test/support/must';
import { chooseAction, menuItem } from '@/test/support/queue-menu';
import { testStore } from '@/test/support/test-store';

const clip = (issueId: number, section: string, title: string): NewClip => ({
  issueId,
  section,
  kind: 'link',
  commentary: `Why ${title} matters.\nSecond line.`,
  links: [{ title, url: `https://e.org/${title.replace(/\W/g, '-')}`, authors: ['Ann Lee'], source: 'Example', attribution: 'Ann Lee, Example' }],
});

async function queueWith(entries: [string, string][], options: QueueStateOptions = {}) {
  const store = testStore();
  const issue = await store.currentIssue(new Date(2026, 10, 22));
  for (const [section, title] of entries) await store.addClip(clip(issue.id, section, title));
  const state = createQueueState(store, issue.id, options);
  unsubscribe = state.subscribe();
  render(<QueueView state={state} />);
  await screen.findByText(/clips? in issue #1/);
  return { store, issue, state };
}

const titlesIn = (section: string) =>
  within(screen.getByRole('list', { name: new RegExp(`^${section}`) }))
    .getAllByRole('listitem')
    .map((li) => li.getAttribute('aria-label')?.split(',')[0]);
const item = (title: string) => screen.getByRole('listitem', { name: new RegExp(`^${title}`) });
const stored = async (store: RoundupStore, issueId: number, order: string[]) =>
  (await store.clipsForIssue(issueId, order)).map((c) => `${c.section}:${c.links.map((l) => l.title).join('+')}`);

let unsubscribe = () => {};
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
afterEach(() => {
  unsubscribe();
  cleanup();
});

describe('Queue view', () => {
  it('groups clips under their sections in issue order, with counts, a total and empty sections', async () => {
    await queueWith([
      ['Random', 'Tiny profiler'],
      ['Managing Teams', 'Polite no'],
      ['Random', 'Date parsing'],
    ]);
    expect(screen.getByText('3 clips in issue #1')).toBeTruthy();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings[0]).toBe('Managing Teams (1)');
    expect(headings).toContain('Technical Leadership (0)');
    expect(headings.indexOf('Random (2)')).toBeGreaterThan(headings.indexOf('Technical Leadership (0)'));
    expect(titlesIn('Random')).toEqual(['Tiny profiler', 'Date parsing']);
    expect(item('Polite no').getAttribute('aria-label')).toBe('Polite no, Ann Lee, Example');
    expect(within(item('Polite no')).getByText('Why Polite no matters.')).toBeTruthy();
  });

  it('reorders with Alt+Arrow keys, keeps focus on the moved clip, and persists the order', async () => {
    const { store, issue } = await queueWith([
      ['Random', 'A'],
      ['Random', 'B'],
      ['Random', 'C'],
    ]);
    item('C').focus();
    fireEvent.keyDown(item('C'), { key: 'ArrowUp', altKey: true });
    await waitFor(() => expect(titlesIn('Random')).toEqual(['A', 'C', 'B']));
    expect(document.activeElement).toBe(item('C'));
    fireEvent.keyDown(item('C'), { key: 'ArrowUp', altKey: true });
    await waitFor(() => expect(titlesIn('Random')).toEqual(['C', 'A', 'B']));
    expect(await stored(store, issue.id, issue.sectionOrder)).toEqual(['Random:C', 'Random:A', 'Random:B']);
  });

  it('Alt+Up at the top of a section moves the clip to the end of the previous section', async () => {
    const { store, issue } = await queueWith([
      ['Emerging Technologies and Practices', 'E'],
      ['Calls for Proposals', 'X'],
    ]);
    fireEvent.keyDown(item('X'), { key: 'ArrowUp', altKey: true });
    await waitFor(async () =>
      expect(await stored(store, issue.id, issue.sectionOrder)).toEqual(['Emerging Technologies and Practices:E', 'Emerging Technologies and Practices:X']),
    );
  });

  it('a clip dropped on another takes its place, in that one’s section; dropped on a section heading, it goes last there', async () => {
    const { store, issue } = await queueWith([
      ['Random', 'A'],
      ['Random', 'B'],
      ['Managing Teams', 'M'],
    ]);
    // happy-dom's DragEvent has no working DataTransfer: one shared fake, carried by plain events.
    const data = new Map<string, string>();
    const dataTransfer = { setData: (type: string, value: string) => data.set(type, value), getData: (type: string) => data.get(type) ?? '' };
    const drag = (type: 'dragstart' | 'drop', target: Element) => {
      const event = new Event(type, { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: dataTransfer });
      target.dispatchEvent(event);
    };
    drag('dragstart', item('M'));
    drag('drop', item('B'));
    await waitFor(() => expect(titlesIn('Random')).toEqual(['A', 'M', 'B']));
    drag('dragstart', item('A'));
    drag('drop', screen.getByRole('heading', { name: /^Managing Teams/ }));
    await waitFor(() => expect(titlesIn('Managing Teams')).toEqual(['A']));
    expect(await stored(store, issue.id, issue.sectionOrder)).toEqual(['Managing Teams:A', 'Random:M', 'Random:B']);
  });

  it('Move down and Move to section from the item’s menu, including into an empty section', async () => {
    const { store, issue } = await queueWith([
      ['Random', 'A'],
      ['Random', 'B'],
    ]);
    chooseAction(item('A'), 'Move down');
    await waitFor(() => expect(titlesIn('Random')).toEqual(['B', 'A']));
    chooseAction(item('B'), 'Move to section…');
    const sections = within(item('B')).getByRole('menu', { name: 'Move to section' });
    const random = within(sections).getByRole('menuitemradio', { name: 'Random' });
    expect(random.getAttribute('aria-checked')).toBe('true');
    expect(document.activeElement).toBe(within(sections).getAllByRole('menuitemradio')[0]);
    fireEvent.click(within(sections).getByRole('menuitemradio', { name: 'Technical Leadership' }));
    await waitFor(() => expect(titlesIn('Technical Leadership')).toEqual(['B']));
    expect(await stored(store, issue.id, issue.sectionOrder)).toEqual(['Technical Leadership:B', 'Random:A']);
  });

  it('Escape closes the section list without moving the clip, focus back on More actions', async () => {
    const { store, issue } = await queueWith([['Random', 'A']]);
    chooseAction(item('A'), 'Move to section…');
    fireEvent.keyDown(within(item('A')).getByRole('menu', { name: 'Move to section' }), { key: 'Escape' });
    expect(within(item('A')).queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(within(item('A')).getByRole('button', { name: 'More actions' }));
    expect(await stored(store, issue.id, issue.sectionOrder)).toEqual(['Random:A']);
  });

  it('Delete hides the clip at once and Undo brings it back', async () => {
    const { store, issue } = await queueWith([
      ['Random', 'A'],
      ['Random', 'B'],
    ]);
    chooseAction(item('A'), 'Delete');
    await waitFor(() => expect(titlesIn('Random')).toEqual(['B']));
    expect(screen.getByText(/Deleted “A”/)).toBeTruthy();
    expect(await store.pendingDeletions(issue.id)).toHaveLength(1); // nothing destroyed yet
    fireEvent.click(screen.getByRole('button', { name: 'Undo delete of A' }));
    await waitFor(() => expect(titlesIn('Random')).toEqual(['A', 'B']));
  });

  it('after Delete, focus is on its Undo (the countdown is not live); after Undo, on the clip again', async () => {
    await queueWith([
      ['Random', 'A'],
      ['Random', 'B'],
    ]);
    chooseAction(item('A'), 'Delete');
    const undo = await screen.findByRole('button', { name: 'Undo delete of A' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    const status = within(screen.getByRole('list', { name: 'Recently deleted' })).getByRole('status');
    expect(status.textContent).toBe('Deleted “A”.');
    fireEvent.click(undo);
    await waitFor(() => expect(document.activeElement).toBe(item('A')));
  });

  it('edits a clip in place with the Clip view’s controls, persisted as typed', async () => {
    const { store, issue } = await queueWith([['Random', 'A']]);
    chooseAction(item('A'), 'Edit');
    const editor = screen.getByRole('group', { name: 'Edit A' });
    fireEvent.input(within(editor).getByRole('textbox', { name: 'Title' }), { target: { value: 'A, revised' } });
    fireEvent.input(within(editor).getByRole('textbox', { name: 'Commentary' }), { target: { value: 'New words.' } });
    fireEvent.input(within(editor).getByRole('textbox', { name: 'Subtitle label' }), { target: { value: 'Revised A' } });
    await waitFor(async () =>
      expect((await store.clipsForIssue(issue.id, issue.sectionOrder))[0]).toMatchObject({
        commentary: 'New words.',
        label: 'Revised A',
        inSubtitle: true,
        links: [{ title: 'A, revised' }],
      }),
    );
    expect(await screen.findByText('Revised A')).toBeTruthy();
    expect(within(editor).getByRole('combobox', { name: 'Section' })).toBeTruthy();
    expect(within(editor).getByRole('combobox', { name: 'Kind' })).toBeTruthy();
  });

  it('merges one clip into another and splits the link back out', async () => {
    const { store, issue } = await queueWith([
      ['Random', 'A'],
      ['Random', 'B'],
    ]);
    chooseAction(item('B'), 'Edit');
    const editor = screen.getByRole('group', { name: 'Edit B' });
    const target = within(editor).getByRole('combobox', { name: 'Merge into' }) as HTMLSelectElement;
    fireEvent.change(target, { target: { value: must(target.options[1], 'a clip to merge into').value } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(titlesIn('Random')).toEqual(['A']));
    expect(await stored(store, issue.id, issue.sectionOrder)).toEqual(['Random:A+B']);

    chooseAction(item('A'), 'Edit');
    const grouped = screen.getByRole('group', { name: 'Edit A' });
    expect(within(grouped).getByRole('group', { name: 'Link 2 of 2' })).toBeTruthy();
    fireEvent.click(must(within(grouped).getAllByRole('button', { name: 'Split out' })[1], 'a second Split out button'));
    await waitFor(() => expect(titlesIn('Random')).toEqual(['A', 'B']));
  });

  it('Merge says what went where, moves focus to its Undo, and Undo takes the merge back', async () => {
    const { store, issue } = await queueWith([
      ['Random', 'A'],
      ['Random', 'B'],
    ]);
    chooseAction(item('B'), 'Edit');
    const editor = screen.getByRole('group', { name: 'Edit B' });
    const target = within(editor).getByRole('combobox', { name: 'Merge into' }) as HTMLSelectElement;
    fireEvent.change(target, { target: { value: must(target.options[1], 'a clip to merge into').value } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Merge' }));
    const undo = await screen.findByRole('button', { name: 'Undo merge of B' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    const status = within(screen.getByRole('list', { name: 'Recently deleted' })).getByRole('status');
    expect(status.textContent).toBe('Merged “B” into “A”.');
    fireEvent.click(undo);
    await waitFor(() => expect(titlesIn('Random')).toEqual(['A', 'B']));
    await waitFor(() => expect(document.activeElement).toBe(item('B')));
    expect(await stored(store, issue.id, issue.sectionOrder)).toEqual(['Random:A', 'Random:B']);
    expect(screen.queryByRole('list', { name: 'Recently deleted' })).toBeNull();
  });

  it('converts a link item to a brief that starts with [Title](url).', async () => {
    const { store, issue } = await queueWith([['Random', 'A']]);
    chooseAction(item('A'), 'Edit');
    fireEvent.change(within(screen.getByRole('group', { name: 'Edit A' })).getByRole('combobox', { name: 'Kind' }), { target: { value: 'brief' } });
    await waitFor(async () =>
      expect((await store.clipsForIssue(issue.id, issue.sectionOrder))[0]?.commentary).toMatch(/^\[A\]\(https:\/\/e\.org\/A\)\. Why A matters/),
    );
  });

  it('moving a link item into a brief section makes it a brief, and Undo puts it back as it was', async () => {
    const { store, issue } = await queueWith([['Managing Teams', 'A']], { loadTemplate: async () => DEFAULT_TEMPLATE });
    const storedClip = async () => must((await store.clipsForIssue(issue.id, issue.sectionOrder))[0], 'the clip');
    await pause(0); // the template is read when the queue subscribes
    chooseAction(item('A'), 'Move to section…', 'Random');
    const status = must((await screen.findByText(/Now a brief/)).closest<HTMLElement>('[role="status"]'), 'a status with Undo');
    expect(status.textContent).toContain('Now a brief, as Random is made of briefs.');
    await waitFor(async () =>
      expect(await storedClip()).toMatchObject({ section: 'Random', kind: 'brief', commentary: '[A](https://e.org/A). Why A matters.\nSecond line.' }),
    );
    await waitFor(() => expect(within(item('A')).getByText('Brief')).toBeTruthy());
    fireEvent.click(within(status).getByRole('button', { name: 'Undo' }));
    await waitFor(async () =>
      expect(await storedClip()).toMatchObject({ section: 'Managing Teams', kind: 'link', commentary: 'Why A matters.\nSecond line.' }),
    );
    expect(screen.queryByText(/Now a brief/)).toBeNull();
  });

  it('moving a brief into a section of link items makes it a link item again', async () => {
    const { store, issue } = await queueWith([['Random', 'A']], { loadTemplate: async () => DEFAULT_TEMPLATE });
    const [a] = await store.clipsForIssue(issue.id, issue.sectionOrder);
    await store.setClipKind(must(a, 'the clip').id, 'brief');
    await within(item('A')).findByText('Brief');
    chooseAction(item('A'), 'Move to section…', 'Managing Teams');
    expect(await screen.findByText(/Now a link item, as Managing Teams is made of link items\./)).toBeTruthy();
    await waitFor(async () =>
      expect((await store.clipsForIssue(issue.id, issue.sectionOrder))[0]).toMatchObject({ kind: 'link', commentary: 'Why A matters.\nSecond line.' }),
    );
  });

  it('a brief’s text follows its link’s title and URL until the editor edits the text', async () => {
    const { store, issue } = await queueWith([['Random', 'A']]);
    const [a] = await store.clipsForIssue(issue.id, issue.sectionOrder);
    await store.updateClip(must(a, 'the clip').id, { kind: 'brief', commentary: '[A](https://e.org/A).' });
    await screen.findByText('[A](https://e.org/A).');
    chooseAction(item('A'), 'Edit');
    const editor = screen.getByRole('group', { name: 'Edit A' });
    const commentary = within(editor).getByRole('textbox', { name: 'Commentary' }) as HTMLTextAreaElement;
    fireEvent.input(within(editor).getByRole('textbox', { name: 'Title' }), { target: { value: 'A [new]' } });
    fireEvent.input(within(editor).getByRole('textbox', { name: 'Link' }), { target: { value: 'https://e.org/A2' } });
    expect(commentary.value).toBe('[A \\[new\\]](https://e.org/A2).');
    fireEvent.input(commentary, { target: { value: '[A \\[new\\]](https://e.org/A2), worth it.' } });
    fireEvent.input(within(editor).getByRole('textbox', { name: 'Title' }), { target: { value: 'B' } });
    expect(commentary.value).toBe('[A \\[new\\]](https://e.org/A2), worth it.');
    await waitFor(async () =>
      expect((await store.clipsForIssue(issue.id, issue.sectionOrder))[0]).toMatchObject({
        commentary: '[A \\[new\\]](https://e.org/A2), worth it.',
        links: [{ title: 'B', url: 'https://e.org/A2' }],
      }),
    );
  });

  it('typing into an empty subtitle label ticks “In subtitle” once; after that the checkbox is the editor’s', async () => {
    const { store, issue } = await queueWith([['Random', 'A']]);
    chooseAction(item('A'), 'Edit');
    const editor = screen.getByRole('group', { name: 'Edit A' });
    const label = within(editor).getByRole('textbox', { name: 'Subtitle label' });
    const box = within(editor).getByRole('checkbox', { name: 'In subtitle' }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.input(label, { target: { value: 'P' } });
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    expect(box.checked).toBe(false);
    fireEvent.input(label, { target: { value: '' } });
    fireEvent.input(label, { target: { value: 'Profilers' } });
    expect(box.checked).toBe(false);
    await waitFor(async () =>
      expect((await store.clipsForIssue(issue.id, issue.sectionOrder))[0]).toMatchObject({ label: 'Profilers', inSubtitle: false, inSubtitleChosen: true }),
    );
  });

  it('groups, changes kind and holds from the item’s menu', async () => {
    const { store, issue } = await queueWith([
      ['Random', 'A'],
      ['Random', 'B'],
    ]);
    chooseAction(item('B'), 'Group with…', 'A');
    await waitFor(() => expect(titlesIn('Random')).toEqual(['A']));
    expect(await stored(store, issue.id, issue.sectionOrder)).toEqual(['Random:A+B']);
    const undo = await screen.findByRole('button', { name: 'Undo merge of B' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    chooseAction(item('A'), 'Hold for next week');
    await waitFor(async () => expect((await store.clipsForIssue(issue.id, issue.sectionOrder))[0]).toMatchObject({ holdForNextWeek: true }));
    await within(item('A')).findByText('Held');
    fireEvent.click(within(item('A')).getByRole('button', { name: 'More actions' }));
    expect(menuItem(item('A'), 'Hold for next week').getAttribute('aria-checked')).toBe('true');
    fireEvent.keyDown(menuItem(item('A'), 'Hold for next week'), { key: 'Escape' });

    chooseAction(item('A'), 'Kind…', 'Note');
    await waitFor(async () => expect((await store.clipsForIssue(issue.id, issue.sectionOrder))[0]).toMatchObject({ kind: 'note' }));
  });

  it('Edit and Subtitle label… open the editor at their field; Done closes it, focus back on More actions', async () => {
    await queueWith([['Random', 'A']]);
    chooseAction(item('A'), 'Subtitle label…');
    const editor = await screen.findByRole('group', { name: 'Edit A' });
    expect(document.activeElement).toBe(within(editor).getByRole('textbox', { name: 'Subtitle label' }));
    chooseAction(item('A'), 'Edit');
    expect(document.activeElement).toBe(within(editor).getAllByRole('textbox')[0]);
    fireEvent.click(within(item('A')).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Edit A' })).toBeNull());
    expect(document.activeElement).toBe(within(item('A')).getByRole('button', { name: 'More actions' }));
  });

  it('the menu by keyboard: ↓ opens on the first item, arrows, Home and End move and wrap, → and ← go into and out of a list, Tab closes', async () => {
    await queueWith([['Random', 'A']]);
    const button = within(item('A')).getByRole('button', { name: 'More actions' });
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-describedby')).toBe(within(item('A')).getByText('A').id);
    button.focus();
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    const menu = within(item('A')).getByRole('menu', { name: 'More actions' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-controls')).toBe(menu.id);
    const focused = () => document.activeElement?.textContent;
    expect(focused()).toBe('Edit');
    fireEvent.keyDown(menu, { key: 'ArrowUp' });
    expect(focused()).toBe('Delete');
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(focused()).toBe('Edit');
    fireEvent.keyDown(menu, { key: 'End' });
    expect(focused()).toBe('Delete');
    fireEvent.keyDown(menu, { key: 'Home' });
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(focused()).toBe('Move to section…');
    fireEvent.keyDown(menu, { key: 'ArrowRight' });
    const sections = within(item('A')).getByRole('menu', { name: 'Move to section' });
    expect(document.activeElement?.getAttribute('role')).toBe('menuitemradio');
    fireEvent.keyDown(sections, { key: 'ArrowLeft' });
    expect(within(item('A')).getByRole('menu', { name: 'More actions' })).toBeTruthy();
    expect(focused()).toBe('Move to section…');
    fireEvent.keyDown(within(item('A')).getByRole('menu'), { key: 'Tab' });
    expect(within(item('A')).queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    // Alt+↑ on the button moves the clip, as on the item; it does not open the menu.
    fireEvent.keyDown(button, { key: 'ArrowUp', altKey: true });
    expect(within(item('A')).queryByRole('menu')).toBeNull();
    fireEvent.keyDown(button, { key: 'ArrowUp' });
    expect(focused()).toBe('Delete');
  });

  it('one button per item: the actions are built only when the menu opens', async () => {
    await queueWith([
      ['Random', 'A'],
      ['Random', 'B'],
    ]);
    expect(
      within(item('A'))
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label') ?? b.textContent),
    ).toEqual(['More actions']);
    expect(screen.queryAllByRole('menuitem')).toEqual([]);
  });
});
