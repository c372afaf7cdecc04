import { describe, expect, it } from 'vitest';
import type { NewClip } from '@/lib/model/clip';
import { UNDO_MS } from '@/lib/queue/undo-window';
import { testDatabase } from '@/test/support/test-database';

const clip = (issueId: number, section: string, title: string, url = `https://e.org/${title}`): NewClip => ({
  issueId,
  section,
  kind: 'link',
  commentary: `On ${title}.`,
  links: [{ title, url, authors: [], source: null, attribution: '' }],
});

/** Random: a, b, c; Managing Teams: m. */
async function seeded() {
  const { db, store } = testDatabase();
  const issue = await store.currentIssue();
  const add = async (section: string, title: string) => (await store.addClip(clip(issue.id, section, title))).clip.id;
  const [a, b, c, m] = [await add('Random', 'a'), await add('Random', 'b'), await add('Random', 'c'), await add('Managing Teams', 'm')];
  const layout = async () => (await store.clipsForIssue(issue.id, issue.sectionOrder)).map((x) => `${x.section}:${x.links.map((l) => l.title).join('+')}`);
  return { db, store, issue, a, b, c, m, layout };
}

describe('queue operations', () => {
  it('reorders within a section and persists positions', async () => {
    const { store, a, c, layout } = await seeded();
    expect(await store.shiftClip(c, -1)).toBe(true);
    expect(await store.shiftClip(a, -1)).toBe(false);
    await store.placeClip(a, 'Random', 2);
    expect(await layout()).toEqual(['Managing Teams:m', 'Random:c', 'Random:b', 'Random:a']);
  });

  it('moves between sections, renumbering both', async () => {
    const { db, store, issue, a, b, layout } = await seeded();
    await store.placeClip(b, 'Managing Teams', 0);
    await store.moveClipToSection(a, 'Technical Leadership');
    expect(await layout()).toEqual(['Managing Teams:b', 'Managing Teams:m', 'Technical Leadership:a', 'Random:c']);
    const random = await db.clips.where('[issueId+section]').equals([issue.id, 'Random']).toArray();
    expect(random.map((x) => x.position)).toEqual([1]);
  });

  it('merges two clips into one item, splits a link back out, and reorders links', async () => {
    const { db, store, a, c, layout } = await seeded();
    await store.mergeClips(a, c);
    expect(await layout()).toEqual(['Managing Teams:m', 'Random:a+c', 'Random:b']);
    expect((await db.clips.get(a))?.commentary).toBe('On a.\n\nOn c.');
    await store.moveClipLink(a, 1, 0);
    expect((await db.clips.get(a))?.links.map((l) => l.title)).toEqual(['c', 'a']);
    expect(await store.splitClipLink(a, 1)).toBeTypeOf('number');
    expect(await layout()).toEqual(['Managing Teams:m', 'Random:c', 'Random:a', 'Random:b']);
  });

  it('undoes a merge: the item as it was, the merged clip back in its place, purged only after the window', async () => {
    const { db, store, issue, a, c, layout } = await seeded();
    await store.mergeClips(a, c, 1_000);
    expect(await store.countClips(issue.id)).toBe(3);
    const [merged] = await store.pendingDeletions(issue.id, 2_000);
    expect(merged).toMatchObject({ id: c, mergedInto: { targetId: a, before: { commentary: 'On a.' } } });
    await store.undoMerge(c, 3_000);
    expect(await layout()).toEqual(['Managing Teams:m', 'Random:a', 'Random:b', 'Random:c']);
    expect(await db.clips.get(a)).toMatchObject({ commentary: 'On a.', urlKeys: [expect.stringContaining('e.org/a')] });
    expect((await db.clips.get(c))?.mergedInto).toBeUndefined();
    expect((await store.findDuplicates(['https://e.org/c'], issue.id)).inIssue?.clipId).toBe(c);
  });

  it('undo merge keeps an edit made to the item since, taking out only the merged links', async () => {
    const { db, store, a, c, layout } = await seeded();
    await store.mergeClips(a, c);
    await store.updateClip(a, { commentary: 'Rewritten after the merge.' });
    await store.restoreClip(c);
    expect(await layout()).toEqual(['Managing Teams:m', 'Random:a', 'Random:b', 'Random:c']);
    expect((await db.clips.get(a))?.commentary).toBe('Rewritten after the merge.');
    expect((await db.clips.get(c))?.commentary).toBe('On c.');
  });

  it('a merged clip is purged with the deletions once its Undo has expired', async () => {
    const { db, store, a, c } = await seeded();
    await store.mergeClips(a, c, 1_000);
    expect(await store.purgeExpiredDeletions(1_000 + UNDO_MS)).toBe(1);
    expect(await db.clips.get(c)).toBeUndefined();
    expect((await db.clips.get(a))?.links).toHaveLength(2);
  });

  it('adds the current page as another link of a queued clip and drops its draft', async () => {
    const { db, store, m, layout } = await seeded();
    await store.saveDraft('https://e.org/new', {} as never, 1);
    const count = await store.addLinkToClip(m, { title: 'new', url: 'https://e.org/new', authors: [], source: null, attribution: '' }, 'https://e.org/new');
    expect(count).toBe(4);
    expect(await db.drafts.count()).toBe(0);
    expect(await layout()).toContain('Managing Teams:m+new');
  });

  it('deletes with undo: hidden at once, restorable, purged only after the window', async () => {
    const { db, store, issue, b, c } = await seeded();
    await store.deleteClip(b, 1_000);
    expect(await store.countClips(issue.id)).toBe(3);
    expect((await store.pendingDeletions(issue.id, 1_000 + 9_000)).map((x) => x.id)).toEqual([b]);
    expect(await store.purgeExpiredDeletions(1_000 + 9_000)).toBe(0);
    await store.restoreClip(b);
    expect(await store.countClips(issue.id)).toBe(4);
    await store.deleteClip(c, 2_000);
    expect(await store.pendingDeletions(issue.id, 2_000 + UNDO_MS)).toEqual([]);
    expect(await store.purgeExpiredDeletions(2_000 + UNDO_MS)).toBe(1);
    expect(await db.clips.get(c)).toBeUndefined();
  });

  it('edits a clip in place and converts its kind', async () => {
    const { db, store, a } = await seeded();
    await store.updateClip(a, { commentary: 'Better words.', label: 'A label', inSubtitle: true });
    await store.setClipKind(a, 'brief');
    expect(await db.clips.get(a)).toMatchObject({ kind: 'brief', commentary: '[a](https://e.org/a). Better words.', label: 'A label', inSubtitle: true });
  });
});
