import { mergeIssueEdit } from '../merge/issue-merge';
import { addDays, type Issue, type IssueEdit } from '../model/issue';
import { pendingIssueKey } from '../model/pending-edit';
import type { NewRow } from '../model/revision';
import { inInbox } from '../queue/inbox';
import type { RoundupDatabase } from './database';
import { settlePendingEdit } from './pending-edits';
import { IssueNumberTaken, writableIssue } from './write-guard';

/**
 * Saves an edit of a draft issue. With `base` (the fields as the issue page last
 * read them) the save is merged field by field, a text both pages changed is kept
 * as a conflict, and the page's pending edit record is settled, as `updateClip`
 * does. Returns the issue as stored. A number another issue already has is
 * refused with `IssueNumberTaken`, thrown once the rest of the edit is saved.
 */
export async function updateIssue(db: RoundupDatabase, issueId: number, edit: IssueEdit, now: number = Date.now(), base?: IssueEdit): Promise<Issue> {
  let refusedNumber: number | null = null;
  const saved = await db.transaction('rw', db.issues, db.pendingEdits, async () => {
    const stored = await writableIssue(db, issueId);
    let changes: Partial<Issue> = edit;
    if (base) {
      const merged = mergeIssueEdit(base, edit, stored, now);
      changes = { ...merged.edit, conflicts: merged.conflicts };
      await settlePendingEdit(db, pendingIssueKey(issueId), now);
    }
    if (changes.number !== undefined) {
      const taken = await db.issues.where('number').equals(changes.number).first();
      if (taken && taken.id !== issueId) {
        refusedNumber = changes.number;
        const { number: _, ...rest } = changes;
        changes = rest;
      }
    }
    await db.issues.update(issueId, { ...changes, updatedAt: now });
    return (await db.issues.get(issueId)) ?? stored;
  });
  if (refusedNumber !== null) throw new IssueNumberTaken(refusedNumber, saved);
  return saved;
}

/** The editor's one click on an issue field's conflict: `keep` the stored text or take the `other`. */
export function resolveIssueConflict(db: RoundupDatabase, issueId: number, field: string, choice: 'keep' | 'other', now: number = Date.now()): Promise<void> {
  return db.transaction('rw', db.issues, async () => {
    const issue = await writableIssue(db, issueId);
    const conflict = issue.conflicts?.find((c) => c.field === field);
    if (!conflict) return;
    const taken = choice === 'other' ? { [field]: conflict.value } : {};
    await db.issues.update(issueId, { ...taken, conflicts: (issue.conflicts ?? []).filter((c) => c !== conflict), updatedAt: now });
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
 * the clips held for next week, commentary and all, and the Inbox's links
 * still waiting for their details (the export warned about them).
 */
export function publishIssue(db: RoundupDatabase, issueId: number, markdown: string, now: number = Date.now()): Promise<Issue> {
  return db.transaction('rw', db.issues, db.clips, async () => {
    const issue = await writableIssue(db, issueId);
    await db.issues.update(issueId, { status: 'published', markdown, publishedAt: now, updatedAt: now });
    const row: NewRow<Issue> = {
      number: issue.number + 1,
      date: addDays(issue.date, 7),
      status: 'draft',
      intro: '',
      sectionOrder: [...issue.sectionOrder],
      createdAt: now,
      updatedAt: now,
    };
    const next = (await db.issues.get(await db.issues.add(row as Issue))) as Issue;
    const held = await db.clips
      .where('issueId')
      .equals(issueId)
      .filter((c) => (!!c.holdForNextWeek || inInbox(c)) && !c.deletedAt)
      .toArray();
    await db.clips.bulkUpdate(held.map((c) => ({ key: c.id, changes: { issueId: next.id, holdForNextWeek: false, updatedAt: now } })));
    return next;
  });
}
