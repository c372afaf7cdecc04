import { describe, expect, it } from 'vitest';
import { mergeClipEdit, pickEdit } from '@/lib/merge/clip-merge';
import { conflictText } from '@/lib/merge/conflict-text';
import { mergeIssueEdit, pickIssueEdit } from '@/lib/merge/issue-merge';
import { mergeFields, withConflicts } from '@/lib/merge/merge-fields';
import { adoptedFields, rebasedBase } from '@/lib/merge/rebase-fields';
import type { Clip, ClipLink } from '@/lib/model/clip';
import type { Issue } from '@/lib/model/issue';

const link = (title: string, extra: Partial<ClipLink> = {}): ClipLink => ({
  title,
  url: `https://e.org/${title}`,
  authors: ['Ann Lee'],
  source: 'Example',
  attribution: 'Ann Lee, Example',
  ...extra,
});
const clip = (fields: Partial<Clip> = {}): Clip => ({
  id: 1,
  uid: 'u1',
  rev: 3,
  issueId: 1,
  section: 'Random',
  position: 1,
  kind: 'link',
  links: [link('A')],
  commentary: 'Base words.',
  label: '',
  inSubtitle: false,
  deletedAt: null,
  urlKeys: [],
  createdAt: 1,
  updatedAt: 1,
  ...fields,
});

describe('mergeFields: three-way, field by field', () => {
  const base = { commentary: 'base', label: 'base' };
  it('writes a field only this save changed, leaves one only the other side changed', () => {
    expect(mergeFields(base, { commentary: 'mine', label: 'base' }, { commentary: 'base', label: 'theirs' }, 5)).toEqual({
      changes: { commentary: 'mine' },
      conflicts: [],
    });
  });
  it('a field both changed to the same text is nothing to write and no conflict', () => {
    expect(mergeFields(base, { commentary: 'same' }, { commentary: 'same' }, 5)).toEqual({ changes: {}, conflicts: [] });
  });
  it('a text both changed differently: this save wins, the stored text is kept as a conflict', () => {
    expect(mergeFields(base, { commentary: 'mine' }, { commentary: 'theirs' }, 5)).toEqual({
      changes: { commentary: 'mine' },
      conflicts: [{ field: 'commentary', value: 'theirs', at: 5 }],
    });
  });
  it('booleans and kinds take the last save, with no conflict', () => {
    expect(mergeFields({ inSubtitle: false }, { inSubtitle: true }, { inSubtitle: false }, 5)).toEqual({ changes: { inSubtitle: true }, conflicts: [] });
    const both = mergeFields(
      { holdForNextWeek: false, inSubtitle: true },
      { holdForNextWeek: true, inSubtitle: false },
      { holdForNextWeek: true, inSubtitle: true },
      5,
    );
    expect(both).toEqual({ changes: { inSubtitle: false }, conflicts: [] });
  });
  it('an emptied stored text is not kept as a conflict (nothing to lose)', () => {
    expect(mergeFields(base, { commentary: 'mine' }, { commentary: '' }, 5).conflicts).toEqual([]);
  });
});

describe('withConflicts', () => {
  it('a new conflict replaces an older one on its field; other fields keep theirs', () => {
    const old = [
      { field: 'commentary', value: 'older', at: 1 },
      { field: 'label', value: 'kept', at: 1 },
    ];
    expect(withConflicts(old, [{ field: 'commentary', value: 'newer', at: 2 }])).toEqual([
      { field: 'label', value: 'kept', at: 1 },
      { field: 'commentary', value: 'newer', at: 2 },
    ]);
    expect(withConflicts(undefined, [])).toEqual([]);
  });
});

describe('mergeClipEdit', () => {
  it('merges header lines per field: one page’s title and another’s source are both kept', () => {
    const stored = clip({ links: [link('A', { source: 'Theirs' })] });
    const base = pickEdit(clip());
    const { edit, conflicts } = mergeClipEdit(base, { ...base, links: [link('A, revised')] }, stored, 9);
    expect(edit.links).toEqual([link('A, revised', { source: 'Theirs' })]);
    expect(conflicts).toEqual([]);
  });

  it('the same link field changed on both: a conflict on `links.0.title`', () => {
    const stored = clip({ links: [link('Theirs', { url: 'https://e.org/A' })] });
    const base = pickEdit(clip());
    const { edit, conflicts } = mergeClipEdit(base, { ...base, links: [link('Mine', { url: 'https://e.org/A' })] }, stored, 9);
    expect(edit.links?.[0]?.title).toBe('Mine');
    expect(conflicts).toEqual([{ field: 'links.0.title', value: 'Theirs', at: 9 }]);
  });

  it('once one side split or grouped, the links are one field', () => {
    const base = pickEdit(clip({ links: [link('A'), link('B')] }));
    const stored = clip({ links: [link('A')] }); // split on another page
    const { edit, conflicts } = mergeClipEdit(base, { ...base, links: [link('A2'), link('B')] }, stored, 9);
    expect(edit.links).toEqual([link('A2'), link('B')]);
    expect(conflicts).toEqual([{ field: 'links', value: [link('A')], at: 9 }]);
    // Unchanged links leave the other page's split alone.
    expect(mergeClipEdit(base, { ...base, commentary: 'New.' }, stored, 9).edit).toEqual({ commentary: 'New.' });
  });

  it('keeps conflicts already stored on other fields', () => {
    const stored = clip({ commentary: 'Theirs.', conflicts: [{ field: 'label', value: 'x', at: 1 }] });
    const base = pickEdit(clip());
    expect(mergeClipEdit(base, { ...base, commentary: 'Mine.' }, stored, 9).conflicts).toEqual([
      { field: 'label', value: 'x', at: 1 },
      { field: 'commentary', value: 'Theirs.', at: 9 },
    ]);
  });
});

describe('mergeIssueEdit', () => {
  const issue = (fields: Partial<Issue> = {}): Issue => ({
    id: 1,
    uid: 'i1',
    rev: 2,
    number: 5,
    date: '2026-11-27',
    status: 'draft',
    intro: 'Base intro.',
    sectionOrder: ['A', 'B'],
    createdAt: 1,
    updatedAt: 1,
    ...fields,
  });
  it('intro and subtitle from two pages are both kept; the same intro is a conflict; the number takes the last save', () => {
    const base = pickIssueEdit(issue());
    const stored = issue({ subtitle: 'Theirs', intro: 'Their intro.', number: 6 });
    const { edit, conflicts } = mergeIssueEdit(base, { ...base, intro: 'My intro.', number: 7 }, stored, 4);
    expect(edit).toEqual({ intro: 'My intro.', number: 7 });
    expect(conflicts).toEqual([{ field: 'intro', value: 'Their intro.', at: 4 }]);
  });
});

describe('rebasing an editor', () => {
  it('adopts stored values only where the editor has not typed since', () => {
    expect(adoptedFields({ a: 'typed', b: 'same', c: 'same' }, { a: 'before', b: 'same', c: 'same' }, { a: 'stored', b: 'stored', c: 'same' })).toEqual({
      b: 'stored',
    });
  });
  it('moves the base on for untouched fields only, so a typed field still meets the other text as a conflict', () => {
    expect(rebasedBase({ a: 'base', b: 'base' }, { a: 'typed', b: 'base' }, { a: 'theirs', b: 'theirs' })).toEqual({ a: 'base', b: 'theirs' });
  });
});

describe('conflictText', () => {
  it('reads texts, lists and links', () => {
    expect(conflictText('Words')).toBe('Words');
    expect(conflictText(['Ann', 'Bo'])).toBe('Ann\nBo');
    expect(conflictText([link('A')])).toBe('A <https://e.org/A>');
    expect(conflictText(undefined)).toBe('');
  });
});
