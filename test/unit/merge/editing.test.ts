import { describe, expect, it } from 'vitest';
import { editLinkForm } from '@/lib/clip-form/link-form';
import { afterSave, clipEditOfForm, startQueueEditing, withStoredClip } from '@/lib/clip-form/queue-edit-form';
import { afterIssueSave, startIssueEditing, withStoredIssue } from '@/lib/issue-fields/issue-fields-editing';
import type { Clip } from '@/lib/model/clip';
import type { Issue } from '@/lib/model/issue';

const clip = (fields: Partial<Clip> = {}): Clip => ({
  id: 1,
  uid: 'u1',
  rev: 1,
  issueId: 1,
  section: 'Random',
  position: 1,
  kind: 'link',
  links: [{ title: 'A', url: 'https://e.org/a', authors: ['Ann Lee'], source: 'Example', attribution: 'Ann Lee, Example' }],
  commentary: 'Base.',
  label: '',
  inSubtitle: false,
  deletedAt: null,
  urlKeys: [],
  createdAt: 1,
  updatedAt: 1,
  ...fields,
});

describe('the Queue editor’s state', () => {
  it('a newer revision fills fields without an unsaved change and keeps the typed one (and its base)', () => {
    const start = startQueueEditing(clip());
    const typed = { ...start, form: { ...start.form, commentary: 'Typed here.' } };
    const other = clip({ rev: 2, commentary: 'Other page.', label: 'Theirs' });
    const next = withStoredClip(typed, other);
    expect(next.form.commentary).toBe('Typed here.');
    expect(next.form.label).toBe('Theirs');
    expect(next.base.commentary).toBe('Base.'); // still what was typed against: the save will keep the other text as a conflict
    expect(next.base.label).toBe('Theirs');
    expect(next.rev).toBe(2);
    // The same or an older revision changes nothing.
    expect(withStoredClip(next, clip({ rev: 2, commentary: 'x' }))).toBe(next);
  });

  it('a newer link field from another page goes into the form as text', () => {
    const start = startQueueEditing(clip());
    const other = clip({
      rev: 2,
      links: [{ title: 'A', url: 'https://e.org/a', authors: ['Ann Lee', 'Bo Li'], source: null, attribution: 'Ann Lee and Bo Li' }],
    });
    const form = withStoredClip(start, other).form.links[0]?.form;
    expect(form).toMatchObject({ authors: 'Ann Lee, Bo Li', source: '', attribution: 'Ann Lee and Bo Li' });
  });

  it('after a save: base is what is stored, untouched fields show the merged value, text typed since stays', () => {
    const start = startQueueEditing(clip());
    const sent = { ...start.form, commentary: 'Sent ' }; // a trailing space, as typed
    const later = { ...start, form: { ...sent, label: 'Typed since' } };
    const stored = clip({ rev: 3, commentary: 'Sent ', label: '', links: [{ ...clip().links[0], title: 'Other title' } as Clip['links'][number]] });
    const next = afterSave(later, sent, stored);
    expect(next.form.commentary).toBe('Sent ');
    expect(next.form.label).toBe('Typed since');
    expect(next.form.links[0]?.form.title).toBe('Other title');
    expect(next.base).toMatchObject({ commentary: 'Sent ', label: '' });
    expect(next.rev).toBe(3);
  });

  it('a field is compared as stored: a trailing space typed in a title is not taken away by its own save', () => {
    const start = startQueueEditing(clip());
    const links = [{ ...start.form.links[0], form: editLinkForm(start.form.links[0]?.form ?? ({} as never), 'title', 'A new ') }];
    const sent = { ...start.form, links };
    const stored = clip({ rev: 2, links: clipEditOfForm(sent).links });
    expect(afterSave({ ...start, form: sent }, sent, stored).form.links[0]?.form.title).toBe('A new ');
  });
});

describe('the issue page’s fields', () => {
  const issue = (fields: Partial<Issue> = {}): Issue => ({
    id: 1,
    uid: 'i1',
    rev: 1,
    number: 5,
    date: '2026-11-27',
    status: 'draft',
    intro: 'Base intro.',
    sectionOrder: ['A'],
    createdAt: 1,
    updatedAt: 1,
    ...fields,
  });
  it('another page’s save shows in untouched fields; the intro being typed stays', () => {
    const start = startIssueEditing(issue());
    const typed = { ...start, values: { ...start.values, intro: 'Typing…' } };
    const next = withStoredIssue(typed, issue({ rev: 2, intro: 'Other intro.', subtitle: 'Theirs', number: 6 }));
    expect(next.values).toMatchObject({ intro: 'Typing…', subtitle: 'Theirs', number: '6' });
    expect(next.base.intro).toBe('Base intro.');
  });
  it('another issue, or this one published, starts again from storage', () => {
    const typed = { ...startIssueEditing(issue()), values: { ...startIssueEditing(issue()).values, intro: 'x' } };
    expect(withStoredIssue(typed, issue({ status: 'published', rev: 1 })).values.intro).toBe('Base intro.');
    expect(withStoredIssue(null, issue({ id: 2 })).key).toBe('2:draft');
  });
  it('after a save the base is the stored issue', () => {
    const start = startIssueEditing(issue());
    const sent = { ...start.values, intro: 'Mine.' };
    const next = afterIssueSave({ ...start, values: sent }, sent, issue({ rev: 2, intro: 'Mine.', heroImg: 'https://e.org/h.png' }));
    expect(next.values).toMatchObject({ intro: 'Mine.', heroImg: 'https://e.org/h.png' });
    expect(next.base.intro).toBe('Mine.');
    expect(next.rev).toBe(2);
  });
});
