import { describe, expect, it } from 'vitest';
import { DEFAULT_SECTIONS } from '@/lib/template/default-sections';
import { testDatabase } from '@/test/support/test-database';

describe('currentIssue', () => {
  it('creates issue #1 on first use, dated the coming Friday, with the default sections', async () => {
    const { store } = testDatabase();
    const issue = await store.currentIssue(new Date(2026, 10, 22)); // Sunday 22 Nov 2026
    expect(issue).toMatchObject({ number: 1, date: '2026-11-27', status: 'draft', intro: '' });
    expect(issue.sectionOrder).toEqual(DEFAULT_SECTIONS);
    expect(issue.id).toBeTypeOf('number');
  });

  it('returns the same draft on later calls instead of creating another', async () => {
    const { db, store } = testDatabase();
    const first = await store.currentIssue(new Date(2026, 10, 22));
    const again = await store.currentIssue(new Date(2026, 10, 25));
    expect(again.id).toBe(first.id);
    expect(await db.issues.count()).toBe(1);
  });

  it('never creates two issues when two pages ask at once', async () => {
    const { db, store } = testDatabase();
    const issues = await Promise.all([store.currentIssue(), store.currentIssue(), store.currentIssue()]);
    expect(new Set(issues.map((i) => i.id)).size).toBe(1);
    expect(await db.issues.count()).toBe(1);
  });

  it('dates an issue started on a Friday that same Friday', async () => {
    const issue = await testDatabase().store.currentIssue(new Date(2026, 10, 27, 18, 0));
    expect(issue.date).toBe('2026-11-27');
  });
});
