import { describe, expect, it } from 'vitest';
import type { ClipLink, NewClip } from '@/lib/model/clip';
import { urlKeysFor } from '@/lib/url/url-key';
import { must } from '@/test/support/must';
import { testDatabase } from '@/test/support/test-database';

const link = (title: string, url = `https://e.org/${title}`): ClipLink => ({ title, url, authors: [], source: null, attribution: '' });
const clip = (issueId: number, section: string, title: string, url?: string): NewClip => ({
  issueId,
  section,
  kind: 'link',
  commentary: `On ${title}.`,
  links: [link(title, url)],
});

/** Random: a, b; and a way to ask which clip of the issue a URL points at. */
async function seeded() {
  const { db, store } = testDatabase();
  const issue = await store.currentIssue();
  const a = (await store.addClip(clip(issue.id, 'Random', 'a'))).clip.id;
  const b = (await store.addClip(clip(issue.id, 'Random', 'b'))).clip.id;
  const clipFor = async (url: string) => (await store.findDuplicates([url], issue.id)).inIssue?.clipId ?? null;
  /** The index holds exactly the keys of every clip's links: nothing stale, nothing missing. */
  const indexIsExact = async () => {
    for (const c of await db.clips.toArray()) expect(c.urlKeys, `clip ${c.id}`).toEqual(urlKeysFor(c.links));
  };
  return { store, issue, a, b, clipFor, indexIsExact };
}

describe('the duplicate index follows every verb that changes links', () => {
  it('merge: the source’s URLs now point at the target', async () => {
    const { store, a, b, clipFor, indexIsExact } = await seeded();
    await store.mergeClips(a, b);
    expect([await clipFor('https://e.org/a'), await clipFor('https://e.org/b')]).toEqual([a, a]);
    await indexIsExact();
  });

  it('split: the split-off URL points at the new clip, the kept one stays', async () => {
    const { store, a, b, clipFor, indexIsExact } = await seeded();
    await store.mergeClips(a, b);
    const split = must(await store.splitClipLink(a, 1), 'a clip split off');
    expect([await clipFor('https://e.org/a'), await clipFor('https://e.org/b')]).toEqual([a, split]);
    await indexIsExact();
  });

  it('add link: the page joins the item, under its address and the one it was clipped from', async () => {
    const { store, b, clipFor, indexIsExact } = await seeded();
    await store.addLinkToClip(b, { ...link('c', 'https://e.org/c'), clippedUrl: 'https://e.org/amp/c' });
    expect([await clipFor('https://e.org/c'), await clipFor('https://e.org/amp/c'), await clipFor('https://e.org/b')]).toEqual([b, b, b]);
    await indexIsExact();
  });

  it('undo add link: neither address is found any more, the item’s own still is', async () => {
    const { store, b, clipFor, indexIsExact } = await seeded();
    await store.addLinkToClip(b, { ...link('c', 'https://e.org/c'), clippedUrl: 'https://e.org/amp/c' }, 'https://e.org/c');
    await store.undoAddLink(b, 'https://e.org/c', { key: 'https://e.org/c', form: {} as never, updatedAt: 1 });
    expect([await clipFor('https://e.org/c'), await clipFor('https://e.org/amp/c'), await clipFor('https://e.org/b')]).toEqual([null, null, b]);
    await indexIsExact();
  });

  it('move link: reordering keeps every URL', async () => {
    const { store, a, b, clipFor, indexIsExact } = await seeded();
    await store.mergeClips(a, b);
    await store.moveClipLink(a, 1, 0);
    expect([await clipFor('https://e.org/a'), await clipFor('https://e.org/b')]).toEqual([a, a]);
    await indexIsExact();
  });

  it('edit URL: the new address is found, the old one no longer', async () => {
    const { store, a, clipFor, indexIsExact } = await seeded();
    await store.updateClip(a, { links: [link('a', 'https://e.org/moved')] });
    expect([await clipFor('https://e.org/moved'), await clipFor('https://e.org/a')]).toEqual([a, null]);
    await indexIsExact();
  });
});

describe('findDuplicates', () => {
  it('finds the page in this issue despite scheme, www, slash, fragment and tracking parameters', async () => {
    const { store, issue } = await seeded();
    const report = await store.findDuplicates(['http://www.e.org/b/?utm_campaign=x#c'], issue.id);
    expect(report.inIssue?.section).toBe('Random');
  });

  it('finds an AMP page by the canonical address it points to', async () => {
    const { store } = testDatabase();
    const issue = await store.currentIssue();
    const amp = clip(issue.id, 'Random', 'amp', 'https://e.org/story');
    await store.addClip({ ...amp, links: amp.links.map((l) => ({ ...l, clippedUrl: 'https://e.org/amp/story' })) });
    expect((await store.findDuplicates(['https://e.org/amp/story'], issue.id)).inIssue).not.toBeNull();
  });

  it('reports published issues that linked the page, and ignores deleted clips', async () => {
    const { store } = testDatabase();
    const old = await store.currentIssue(new Date(2026, 10, 1));
    await store.addClip(clip(old.id, 'Managing Teams', 'x'));
    const current = await store.publishIssue(old.id, '', 0);
    expect(current.number).toBe(2);
    const { clip: again } = await store.addClip(clip(current.id, 'Random', 'x'));
    await store.deleteClip(again.id);
    const report = await store.findDuplicates(['https://e.org/x'], current.id);
    expect(report).toEqual({ inIssue: null, published: [{ issueNumber: 1, date: old.date, section: 'Managing Teams', where: 'item', announcedAgain: false }] });
  });
});
