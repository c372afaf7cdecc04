import { describe, expect, it } from 'vitest';
import type { NewClip } from '@/lib/model/clip';
import type { ClipForm } from '@/lib/model/clip-draft';
import { testDatabase } from '@/test/support/test-database';

const link = (title: string, url: string) => ({ title, url, authors: ['Dana Smith'], source: 'Example', attribution: 'Dana Smith, Example' });
const clip = (issueId: number, section: string, title: string, url = `https://example.org/${encodeURIComponent(title)}`): NewClip => ({
  issueId,
  section,
  kind: 'link',
  links: [link(title, url)],
  commentary: `About ${title}.`,
});
const form = { title: 'T', url: 'https://example.org/t', commentary: 'draft text' } as ClipForm;

describe('addClip', () => {
  it('appends to the end of its section and reports the issue count', async () => {
    const { store } = testDatabase();
    const issue = await store.currentIssue();
    const a = await store.addClip(clip(issue.id, 'Random', 'A'), undefined, 1);
    const b = await store.addClip(clip(issue.id, 'Random', 'B'), undefined, 2);
    const c = await store.addClip(clip(issue.id, 'Managing Teams', 'C'), undefined, 3);
    expect([a.clip.position, b.clip.position, c.clip.position]).toEqual([1, 2, 1]);
    expect(c.count).toBe(3);
    expect(await store.countClips(issue.id)).toBe(3);
  });

  it('indexes normalised URLs so the same page can be found again', async () => {
    const { db, store } = testDatabase();
    const issue = await store.currentIssue();
    await store.addClip(clip(issue.id, 'Random', 'A', 'https://www.example.org/post/?utm_source=x#top'));
    const found = await db.clips.where('urlKeys').equals('example.org/post').toArray();
    expect(found).toHaveLength(1);
  });

  it('deletes the draft it came from in the same transaction', async () => {
    const { store } = testDatabase();
    const issue = await store.currentIssue();
    await store.saveDraft('https://example.org/t', form);
    await store.addClip(clip(issue.id, 'Random', 'T'), 'https://example.org/t');
    expect(await store.loadDraft('https://example.org/t')).toBeUndefined();
  });

  it('keeps the draft when the write fails', async () => {
    const { store } = testDatabase();
    const issue = await store.currentIssue();
    await store.saveDraft('k', form);
    const bad = { ...clip(issue.id, 'Random', 'T'), links: [{ ...link('T', 'u'), extra: () => 1 }] } as unknown as NewClip;
    await expect(store.addClip(bad, 'k')).rejects.toThrow();
    expect((await store.loadDraft('k'))?.form.commentary).toBe('draft text');
    expect(await store.countClips(issue.id)).toBe(0);
  });

  it('rejects with a closed database, and the caller sees the error', async () => {
    const { db, store } = testDatabase();
    const issue = await store.currentIssue();
    db.close();
    await expect(store.addClip(clip(issue.id, 'Random', 'T'))).rejects.toThrow(/closed/i);
  });
});

describe('countClips', () => {
  it('leaves out the issue’s own deleted clips, and no other issue’s rows count', async () => {
    const { store } = testDatabase();
    const first = await store.currentIssue();
    await store.addClip(clip(first.id, 'Random', 'A'));
    const { clip: b } = await store.addClip(clip(first.id, 'Random', 'B'));
    await store.deleteClip(b.id);
    const next = await store.publishIssue(first.id, '# sent\n');
    await store.addClip(clip(next.id, 'Random', 'C'));
    const { clip: d } = await store.addClip(clip(next.id, 'Random', 'D'));
    await store.addClip(clip(next.id, 'Managing Teams', 'E'));
    await store.deleteClip(d.id);
    expect(await store.countClips(next.id)).toBe(2);
    expect((await store.clipsForIssue(next.id, next.sectionOrder)).map((c) => c.links[0]?.title)).toEqual(['E', 'C']);
    expect((await store.pendingDeletions(next.id)).map((c) => c.id)).toEqual([d.id]);
    expect(await store.countClips(first.id)).toBe(1);
  });
});

describe('undoAddClip', () => {
  it('removes the clip and puts its draft back', async () => {
    const { store } = testDatabase();
    const issue = await store.currentIssue();
    const { clip: added } = await store.addClip(clip(issue.id, 'Random', 'T'), 'k');
    const count = await store.undoAddClip(added.id, { key: 'k', form, updatedAt: 5 });
    expect(count).toBe(0);
    expect((await store.loadDraft('k'))?.form).toEqual(form);
  });
});

describe('clipsForIssue', () => {
  it('orders by the issue’s section order, then position', async () => {
    const { store } = testDatabase();
    const issue = await store.currentIssue();
    await store.addClip(clip(issue.id, 'Random', 'R1'));
    await store.addClip(clip(issue.id, 'Managing Teams', 'M1'));
    await store.addClip(clip(issue.id, 'Random', 'R2'));
    const titles = (await store.clipsForIssue(issue.id, issue.sectionOrder)).map((c) => c.links[0]?.title);
    expect(titles).toEqual(['M1', 'R1', 'R2']);
  });
});

describe('lastUsedSection', () => {
  it('is the section of the most recent clip, or nothing on first use', async () => {
    const { store } = testDatabase();
    const issue = await store.currentIssue();
    expect(await store.lastUsedSection(issue.sectionOrder)).toBeUndefined();
    await store.addClip(clip(issue.id, 'Random', 'A'), undefined, 10);
    await store.addClip(clip(issue.id, 'Technical Leadership', 'B'), undefined, 20);
    expect(await store.lastUsedSection(issue.sectionOrder)).toBe('Technical Leadership');
  });
});
