import { describe, expect, it } from 'vitest';
import type { ClipLink } from '@/lib/model/clip';
import { mergedInto, movedLink, splitOff } from '@/lib/queue/clip-groups';
import { convertKind } from '@/lib/queue/clip-kind';
import { placeAt, positionsOf, shiftedIndex } from '@/lib/queue/clip-order';
import { subtitleLine } from '@/lib/queue/subtitle';
import { UNDO_MS, undoExpired, undoRemaining } from '@/lib/queue/undo-window';

const link = (title: string, url = `https://e.org/${title}`): ClipLink => ({ title, url, authors: [], source: null, attribution: '' });

describe('order keys', () => {
  it('placeAt moves an id to an index, clamping out-of-range indexes', () => {
    expect(placeAt([1, 2, 3, 4], 4, 0)).toEqual([4, 1, 2, 3]);
    expect(placeAt([1, 2, 3, 4], 1, 2)).toEqual([2, 3, 1, 4]);
    expect(placeAt([1, 2], 9, 99)).toEqual([1, 2, 9]);
    expect(placeAt([1, 2], 9, -3)).toEqual([9, 1, 2]);
  });
  it('shiftedIndex says where one step up or down lands, or null at the ends', () => {
    expect(shiftedIndex([1, 2, 3], 2, -1)).toBe(0);
    expect(shiftedIndex([1, 2, 3], 1, -1)).toBeNull();
    expect(shiftedIndex([1, 2, 3], 3, 1)).toBeNull();
    expect(shiftedIndex([1, 2, 3], 7, 1)).toBeNull();
  });
  it('positions are the 1-based order', () => {
    expect([...positionsOf([7, 3, 5])]).toEqual([
      [7, 1],
      [3, 2],
      [5, 3],
    ]);
  });
});

describe('merge and split', () => {
  it('merging appends links (no repeats) and commentary as a new paragraph', () => {
    const merged = mergedInto({ links: [link('a')], commentary: 'On A.' }, { links: [link('b'), link('a')], commentary: ' On B. ' });
    expect(merged.links.map((l) => l.title)).toEqual(['a', 'b']);
    expect(merged.commentary).toBe('On A.\n\nOn B.');
  });
  it('splitting takes one link out; a single link cannot be split', () => {
    expect(splitOff([link('a'), link('b'), link('c')], 1)).toEqual({ kept: [link('a'), link('c')], split: link('b') });
    expect(splitOff([link('a')], 0)).toBeNull();
    expect(splitOff([link('a'), link('b')], 5)).toBeNull();
  });
  it('links reorder within an item', () => {
    expect(movedLink([link('a'), link('b'), link('c')], 2, 0).map((l) => l.title)).toEqual(['c', 'a', 'b']);
    expect(movedLink([link('a'), link('b')], 0, 5).map((l) => l.title)).toEqual(['a', 'b']);
  });
});

describe('convertKind', () => {
  const clip = { kind: 'link' as const, links: [link('Tiny profiler', 'https://e.org/p')], commentary: 'In 200 lines.' };
  it('a brief starts with [Title](url). in front of the text', () => {
    expect(convertKind(clip, 'brief')).toEqual({ kind: 'brief', commentary: '[Tiny profiler](https://e.org/p). In 200 lines.' });
  });
  it('back to a link item takes the starter off again', () => {
    const brief = { ...clip, ...convertKind(clip, 'brief') } as typeof clip;
    expect(convertKind({ ...brief, kind: 'brief' as never }, 'link')).toEqual({ kind: 'link', commentary: 'In 200 lines.' });
  });
  it('text that already links to the page is left alone', () => {
    expect(convertKind({ ...clip, commentary: 'A [tiny profiler](https://e.org/p) in 200 lines.' }, 'note')).toEqual({ kind: 'note' });
  });
  it('the same kind changes nothing', () => expect(convertKind(clip, 'link')).toEqual({}));
});

describe('subtitle', () => {
  it('joins the labels marked for the subtitle, in order', () => {
    expect(
      subtitleLine([
        { label: 'Saying no well', inSubtitle: true },
        { label: 'Skipped', inSubtitle: false },
        { label: ' ', inSubtitle: true },
        { label: 'A tiny profiler ', inSubtitle: true },
      ]),
    ).toBe('Saying no well; A tiny profiler');
  });
});

describe('undo expiry', () => {
  it('stays open for at least ten seconds', () => {
    expect(UNDO_MS).toBeGreaterThanOrEqual(10_000);
    expect(undoExpired(1_000, 1_000 + 9_999)).toBe(false);
    expect(undoExpired(1_000, 1_000 + UNDO_MS)).toBe(true);
    expect(undoRemaining(0, 4_000)).toBe(UNDO_MS - 4_000);
    expect(undoRemaining(0, UNDO_MS * 2)).toBe(0);
  });
});
