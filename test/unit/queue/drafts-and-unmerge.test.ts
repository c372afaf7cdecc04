import { describe, expect, it } from 'vitest';
import type { ClipLink, ClipMerge } from '@/lib/model/clip';
import type { ClipDraft, ClipForm } from '@/lib/model/clip-draft';
import { mergedInto, unmerged } from '@/lib/queue/clip-groups';
import { ageLabel, draftPage, draftTitle } from '@/lib/queue/draft-summary';

const link = (title: string): ClipLink => ({ title, url: `https://e.org/${title}`, authors: [], source: null, attribution: '' });
const target = { links: [link('a')], commentary: 'On a.' };
const source = { links: [link('b')], commentary: 'On b.' };
const merge: ClipMerge = { targetId: 1, before: target, after: mergedInto(target, source) };

describe('unmerged', () => {
  it('returns an untouched item to what it was', () => {
    expect(unmerged(merge.after, merge)).toEqual(target);
  });

  it('keeps what the editor changed since, taking out only the links the merge brought', () => {
    const edited = { links: [{ ...link('a'), title: 'A, renamed' }, link('b'), link('c')], commentary: 'New words.' };
    expect(unmerged(edited, merge)).toEqual({ links: [{ ...link('a'), title: 'A, renamed' }, link('c')], commentary: 'New words.' });
  });
});

describe('draft summary', () => {
  const draft = (key: string, form: Partial<ClipForm>): ClipDraft => ({ key, form: form as ClipForm, updatedAt: 0 });

  it('names a draft by its title, else its address', () => {
    expect(draftTitle(draft('https://e.org/x', { title: ' A page ', url: 'https://e.org/x' }))).toBe('A page');
    expect(draftTitle(draft('https://e.org/x', { title: '', url: 'https://e.org/x' }))).toBe('https://e.org/x');
  });

  it('opens the tab’s own address, else the canonical one it is kept under', () => {
    expect(draftPage(draft('https://e.org/x', { url: 'https://e.org/typed', clippedUrl: 'https://e.org/amp/x' }))).toBe('https://e.org/amp/x');
    expect(draftPage(draft('https://e.org/x', { url: 'https://e.org/typed' }))).toBe('https://e.org/x');
    expect(draftPage(draft('untitled', { url: 'https://e.org/typed' }))).toBe('https://e.org/typed');
  });

  it('says how old a draft is in the largest whole unit', () => {
    const now = 10 * 86_400_000;
    expect([30_000, 5 * 60_000, 2 * 3_600_000 + 59 * 60_000, 3 * 86_400_000].map((age) => ageLabel(now - age, now))).toEqual([
      'just now',
      '5 min ago',
      '2 h ago',
      '3 d ago',
    ]);
    expect(ageLabel(now + 5_000, now)).toBe('just now');
  });
});
