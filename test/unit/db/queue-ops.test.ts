import { describe, expect, it } from 'vitest';
import {
  addClip,
  addLinkToClip,
  clipsForIssue,
  countClips,
  currentIssue,
  deleteClip,
  findDuplicates,
  mergeClips,
  moveClipLink,
  moveClipToSection,
  pendingDeletions,
  placeClip,
  purgeExpiredDeletions,
  type RoundupDatabase,
  restoreClip,
  setClipKind,
  shiftClip,
  splitClipLink,
  updateClip,
} from '@/lib/db';
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

async function seeded() {
  const db = testDatabase();
  const issue = await currentIssue(db);
  const ids: Record<string, number> = {};
  for (const [section, title] of [
    ['Random', 'a'],
    ['Random', 'b'],
    ['Random', 'c'],
    ['Managing Teams', 'm'],
  ] as const) {
    ids[title] = (await addClip(db, clip(issue.id, section, title))).clip.id;
  }
  return { db, issue, ids };
}
const layout = async (db: RoundupDatabase, issueId: number, order: string[]) =>
  (await clipsForIssue(db, issueId, order)).map((c) => `${c.section}:${c.links.map((l) => l.title).join('+')}`);

describe('queue operations', () => {
  it('reorders within a section and persists positions', async () => {
    const { db, issue, ids } = await seeded();
    expect(await shiftClip(db, ids.c!, -1)).toBe(true);
    expect(await shiftClip(db, ids.a!, -1)).toBe(false);
    await placeClip(db, ids.a!, 'Random', 2);
    expect(await layout(db, issue.id, issue.sectionOrder)).toEqual(['Managing Teams:m', 'Random:c', 'Random:b', 'Random:a']);
  });

  it('moves between sections, renumbering both', async () => {
    const { db, issue, ids } = await seeded();
    await placeClip(db, ids.b!, 'Managing Teams', 0);
    await moveClipToSection(db, ids.a!, 'Technical Leadership');
    expect(await layout(db, issue.id, issue.sectionOrder)).toEqual(['Managing Teams:b', 'Managing Teams:m', 'Technical Leadership:a', 'Random:c']);
    const random = await db.clips.where('[issueId+section]').equals([issue.id, 'Random']).toArray();
    expect(random.map((c) => c.position)).toEqual([1]);
  });

  it('merges two clips into one item, splits a link back out, and reorders links', async () => {
    const { db, issue, ids } = await seeded();
    await mergeClips(db, ids.a!, ids.c!);
    expect(await layout(db, issue.id, issue.sectionOrder)).toEqual(['Managing Teams:m', 'Random:a+c', 'Random:b']);
    expect((await db.clips.get(ids.a!))?.commentary).toBe('On a.\n\nOn c.');
    await moveClipLink(db, ids.a!, 1, 0);
    expect((await db.clips.get(ids.a!))?.links.map((l) => l.title)).toEqual(['c', 'a']);
    const splitId = await splitClipLink(db, ids.a!, 1);
    expect(splitId).toBeTypeOf('number');
    expect(await layout(db, issue.id, issue.sectionOrder)).toEqual(['Managing Teams:m', 'Random:c', 'Random:a', 'Random:b']);
    expect((await findDuplicates(db, ['https://e.org/a'], issue.id)).inIssue?.clipId).toBe(splitId);
  });

  it('adds the current page as another link of a queued clip and drops its draft', async () => {
    const { db, issue, ids } = await seeded();
    await db.drafts.put({ key: 'https://e.org/new', form: {} as never, updatedAt: 1 });
    const count = await addLinkToClip(db, ids.m!, { title: 'new', url: 'https://e.org/new', authors: [], source: null, attribution: '' }, 'https://e.org/new');
    expect(count).toBe(4);
    expect(await db.drafts.count()).toBe(0);
    expect(await layout(db, issue.id, issue.sectionOrder)).toContain('Managing Teams:m+new');
  });

  it('deletes with undo: hidden at once, restorable, purged only after the window', async () => {
    const { db, issue, ids } = await seeded();
    await deleteClip(db, ids.b!, 1_000);
    expect(await countClips(db, issue.id)).toBe(3);
    expect((await pendingDeletions(db, issue.id, 1_000 + 9_000)).map((c) => c.id)).toEqual([ids.b]);
    expect(await purgeExpiredDeletions(db, 1_000 + 9_000)).toBe(0);
    await restoreClip(db, ids.b!);
    expect(await countClips(db, issue.id)).toBe(4);
    await deleteClip(db, ids.c!, 2_000);
    expect(await pendingDeletions(db, issue.id, 2_000 + UNDO_MS)).toEqual([]);
    expect(await purgeExpiredDeletions(db, 2_000 + UNDO_MS)).toBe(1);
    expect(await db.clips.get(ids.c!)).toBeUndefined();
  });

  it('edits a clip in place and converts its kind', async () => {
    const { db, ids } = await seeded();
    await updateClip(db, ids.a!, { commentary: 'Better words.', label: 'A label', inSubtitle: true });
    await setClipKind(db, ids.a!, 'brief');
    expect(await db.clips.get(ids.a!)).toMatchObject({ kind: 'brief', commentary: '[a](https://e.org/a). Better words.', label: 'A label', inSubtitle: true });
    await updateClip(db, ids.a!, { links: [{ title: 'a', url: 'https://e.org/moved', authors: [], source: null, attribution: '' }] });
    expect((await db.clips.get(ids.a!))?.urlKeys).toEqual(['e.org/moved']);
  });
});

describe('findDuplicates', () => {
  it('finds the page in this issue despite scheme, www, slash, fragment and tracking parameters', async () => {
    const { db, issue } = await seeded();
    const report = await findDuplicates(db, ['http://www.e.org/b/?utm_campaign=x#c'], issue.id);
    expect(report.inIssue?.section).toBe('Random');
  });

  it('finds an AMP page by the canonical address it points to', async () => {
    const db = testDatabase();
    const issue = await currentIssue(db);
    const amp = clip(issue.id, 'Random', 'amp', 'https://e.org/story');
    amp.links[0]!.clippedUrl = 'https://e.org/amp/story';
    await addClip(db, amp);
    expect((await findDuplicates(db, ['https://e.org/amp/story'], issue.id)).inIssue).not.toBeNull();
  });

  it('reports published issues that linked the page, and ignores deleted clips', async () => {
    const db = testDatabase();
    const old = await currentIssue(db, new Date(2026, 10, 1));
    await addClip(db, clip(old.id, 'Managing Teams', 'x'));
    await db.issues.update(old.id, { status: 'published' });
    const current = await currentIssue(db, new Date(2026, 10, 8));
    expect(current.number).toBe(2);
    const { clip: again } = await addClip(db, clip(current.id, 'Random', 'x'));
    await deleteClip(db, again.id);
    const report = await findDuplicates(db, ['https://e.org/x'], current.id);
    expect(report).toEqual({ inIssue: null, published: [{ issueNumber: 1, date: old.date, section: 'Managing Teams' }] });
  });
});
