import { describe, expect, it } from 'vitest';
import { IssueNumberTaken } from '@/lib/db';
import type { NewClip } from '@/lib/model/clip';
import { testDatabase } from '@/test/support/test-database';

const clip = (issueId: number, section: string, title: string): NewClip => ({
  issueId,
  section,
  kind: 'link',
  commentary: `On ${title}.`,
  links: [{ title, url: `https://e.org/${title}`, authors: [], source: null, attribution: '' }],
});

describe('issue edits', () => {
  it('saves number, date, intro, hero image, subtitle and section order; refuses a number already used', async () => {
    const { db, store } = testDatabase();
    const issue = await store.currentIssue(new Date(2026, 10, 22));
    await store.updateIssue(issue.id, {
      number: 131,
      date: '2022-07-22',
      intro: 'Hi!',
      heroImg: 'https://e.org/h.png',
      subtitle: 'A; B',
      sectionOrder: ['Random', 'Managing Teams'],
    });
    expect(await db.issues.get(issue.id)).toMatchObject({
      number: 131,
      date: '2022-07-22',
      intro: 'Hi!',
      heroImg: 'https://e.org/h.png',
      subtitle: 'A; B',
      sectionOrder: ['Random', 'Managing Teams'],
    });
    await db.issues.add({ ...issue, id: undefined, uid: 'another-issue', number: 7, status: 'published' });
    // The number is refused; the rest of the edit is saved all the same.
    const refused = store.updateIssue(issue.id, { number: 7, intro: 'Still saved' });
    await expect(refused).rejects.toThrow(IssueNumberTaken);
    await expect(refused).rejects.toThrow('Issue #7 already exists, so the number stays #131. Everything else is saved.');
    await expect(refused).rejects.toMatchObject({ number: 7, stored: { number: 131, intro: 'Still saved' } });
    expect(await db.issues.get(issue.id)).toMatchObject({ number: 131, intro: 'Still saved' });
  });

  it('renaming a section keeps its clips, in draft issues only', async () => {
    const { db, store } = testDatabase();
    const issue = await store.currentIssue();
    await store.addClip(clip(issue.id, 'Calls for Proposals', 'cfp'));
    await store.renameSection('Calls for Proposals', 'Calls for Submissions');
    expect((await db.issues.get(issue.id))?.sectionOrder).toContain('Calls for Submissions');
    expect((await db.issues.get(issue.id))?.sectionOrder).not.toContain('Calls for Proposals');
    expect((await db.clips.toArray())[0]?.section).toBe('Calls for Submissions');
  });

  it('applies the template’s sections without dropping a section that still has clips', async () => {
    const { db, store } = testDatabase();
    const issue = await store.currentIssue();
    await store.addClip(clip(issue.id, 'Random', 'r'));
    await store.applyTemplateSections(['Managing Teams', 'Book Club']);
    expect((await db.issues.get(issue.id))?.sectionOrder).toEqual(['Managing Teams', 'Random', 'Book Club']);
  });
});

describe('publishIssue', () => {
  it('freezes the issue with its markdown, starts #N+1 a week later, and carries held clips over', async () => {
    const { db, store } = testDatabase();
    const issue = await store.currentIssue(new Date(2026, 10, 22));
    const kept = (await store.addClip(clip(issue.id, 'Random', 'kept'))).clip;
    const held = (await store.addClip(clip(issue.id, 'Managing Teams', 'held'))).clip;
    await store.updateClip(held.id, { holdForNextWeek: true, commentary: 'Next week, with more context.' });
    const next = await store.publishIssue(issue.id, '# exported\n', 99);
    expect(await db.issues.get(issue.id)).toMatchObject({ status: 'published', markdown: '# exported\n', publishedAt: 99 });
    expect(next).toMatchObject({ number: 2, date: '2026-12-04', status: 'draft', sectionOrder: issue.sectionOrder });
    expect((await store.currentIssue()).id).toBe(next.id);
    expect(await db.clips.get(held.id)).toMatchObject({ issueId: next.id, holdForNextWeek: false, commentary: 'Next week, with more context.' });
    expect((await db.clips.get(kept.id))?.issueId).toBe(issue.id);
  });

  it('a published issue and its clips can no longer be changed', async () => {
    const { store } = testDatabase();
    const issue = await store.currentIssue();
    const { clip: added } = await store.addClip(clip(issue.id, 'Random', 'x'));
    await store.publishIssue(issue.id, 'md');
    await expect(store.updateIssue(issue.id, { intro: 'late edit' })).rejects.toThrow(/published/);
    await expect(store.publishIssue(issue.id, 'again')).rejects.toThrow(/published/);
    await expect(store.updateClip(added.id, { commentary: 'late edit' })).rejects.toThrow(/published/);
  });
});
