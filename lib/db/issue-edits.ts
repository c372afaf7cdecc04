import { addDays, type Issue } from '../model/issue';
import type { RoundupDatabase } from './database';
import { writableIssue } from './write-guard';

export type IssueEdit = Partial<Pick<Issue, 'number' | 'date' | 'intro' | 'heroImg' | 'subtitle' | 'sectionOrder'>>;

/** Saves an edit of a draft issue; a number another issue already has is refused by the unique index. */
export function updateIssue(db: RoundupDatabase, issueId: number, edit: IssueEdit, now: number = Date.now()): Promise<void> {
  return db.transaction('rw', db.issues, async () => {
    await writableIssue(db, issueId);
    if (edit.number !== undefined) {
      const taken = await db.issues.where('number').equals(edit.number).first();
      if (taken && taken.id !== issueId) throw new Error(`Issue #${edit.number} already exists.`);
    }
    await db.issues.update(issueId, { ...edit, updatedAt: now });
  });
}

/**
 * Renames a section in every draft issue and moves its clips along, so a
 * renamed section keeps them. Published issues stay exactly as sent.
 */
export function renameSection(db: RoundupDatabase, from: string, to: string, now: number = Date.now()): Promise<void> {
  return db.transaction('rw', db.issues, db.clips, async () => {
    if (!to.trim() || from === to) return;
    const drafts = await db.issues.where('status').equals('draft').toArray();
    for (const issue of drafts) {
      const order = issue.sectionOrder.map((s) => (s === from ? to : s));
      await db.issues.update(issue.id, { sectionOrder: [...new Set(order)], updatedAt: now });
      await db.clips.where('[issueId+section]').equals([issue.id, from]).modify({ section: to, updatedAt: now });
    }
  });
}

/**
 * Brings the draft issues in line with the template's section list: new
 * sections are appended, and sections the template dropped go only when the
 * issue has no clips in them.
 */
export function applyTemplateSections(db: RoundupDatabase, sections: readonly string[], now: number = Date.now()): Promise<void> {
  return db.transaction('rw', db.issues, db.clips, async () => {
    for (const issue of await db.issues.where('status').equals('draft').toArray()) {
      const used = new Set(
        (
          await db.clips
            .where('issueId')
            .equals(issue.id)
            .filter((c) => !c.deletedAt)
            .toArray()
        ).map((c) => c.section),
      );
      const kept = issue.sectionOrder.filter((s) => sections.includes(s) || used.has(s));
      const order = [...kept, ...sections.filter((s) => !kept.includes(s))];
      if (order.join('\n') !== issue.sectionOrder.join('\n')) await db.issues.update(issue.id, { sectionOrder: order, updatedAt: now });
    }
  });
}

/**
 * Publishing freezes the issue with the markdown that was exported, creates the
 * next draft (number + 1, a week later, same section order) and carries over
 * the clips held for next week, commentary and all.
 */
export function publishIssue(db: RoundupDatabase, issueId: number, markdown: string, now: number = Date.now()): Promise<Issue> {
  return db.transaction('rw', db.issues, db.clips, async () => {
    const issue = await writableIssue(db, issueId);
    await db.issues.update(issueId, { status: 'published', markdown, publishedAt: now, updatedAt: now });
    const row: Omit<Issue, 'id'> = {
      number: issue.number + 1,
      date: addDays(issue.date, 7),
      status: 'draft',
      intro: '',
      sectionOrder: [...issue.sectionOrder],
      createdAt: now,
      updatedAt: now,
    };
    const next: Issue = { ...row, id: await db.issues.add(row) };
    const held = await db.clips
      .where('issueId')
      .equals(issueId)
      .filter((c) => !!c.holdForNextWeek && !c.deletedAt)
      .toArray();
    await db.clips.bulkUpdate(held.map((c) => ({ key: c.id, changes: { issueId: next.id, holdForNextWeek: false, updatedAt: now } })));
    return next;
  });
}
