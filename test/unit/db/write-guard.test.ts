import { describe, expect, it } from 'vitest';
import { readIssueFile } from '@/lib/archive/issue-file';
import type { RefusalReason, RoundupStore } from '@/lib/db';
import * as storage from '@/lib/db';
import type { Clip, ClipLink, NewClip } from '@/lib/model/clip';
import type { ClipForm } from '@/lib/model/clip-draft';
import type { ImportedIssue } from '@/lib/model/imported-issue';
import { INBOX_SECTION } from '@/lib/queue/inbox';
import { testDatabase } from '@/test/support/test-database';
import { testStore } from '@/test/support/test-store';

type State = 'missing clip' | 'deleted clip' | 'clip in published issue' | 'missing issue' | 'published issue';
interface Target {
  clipId: number;
  issueId: number;
  /** A live clip in the draft issue, for verbs that take two. */
  other: number;
}
type Run = (store: RoundupStore, target: Target) => Promise<unknown>;
/**
 * One row per mutating verb. `clip` and `issue` verbs name one target and must refuse it when
 * missing, deleted or published; `issues` verbs act on every issue and must skip published
 * ones; `none` verbs touch no stored clip or issue, and say why.
 */
type Row =
  | { verb: keyof RoundupStore; acts: 'clip' | 'issue'; run: Run; accepts?: State[]; note?: string }
  | { verb: keyof RoundupStore; acts: 'issues'; run: Run }
  | { verb: keyof RoundupStore; acts: 'none'; why: string };

/** Read-only: they may be called on anything. */
const QUERIES: (keyof RoundupStore)[] = [
  'clipsForIssue',
  'countClips',
  'lastUsedSection',
  'pendingDeletions',
  'findDuplicates',
  'allIssues',
  'hasPublishedIssue',
  'loadDraft',
  'pendingEdits',
  'watchQueue',
  'watchClipCount',
  'watchIssues',
  'watchDrafts',
  'loadSetting',
  'correctionsForSites',
  'allCorrections',
  'exportArchive',
  'backupSettings',
  'archiveItems',
  'archiveSearchBasis',
  'storedArchiveSearch',
  'close',
];

const MISSING = 999_999;
const link: ClipLink = { title: 'New', url: 'https://e.org/new', authors: [], source: null, attribution: '' };
const draft = { key: 'k', form: { commentary: 'typed' } as ClipForm, updatedAt: 1 };
const clip = (issueId: number, title: string): NewClip => ({
  issueId,
  section: 'Random',
  kind: 'link',
  commentary: title,
  links: [{ ...link, title, url: `https://e.org/${title}` }],
});

/** An Inbox item as it was before "Fill details from this page", for its Undo. */
const inboxBefore = { ...clip(0, 'inbox'), section: INBOX_SECTION, position: 1, label: '', inSubtitle: false, deletedAt: null } as unknown as Clip;

/** The published #1 as the site's archive holds it, with other text than the one stored. */
const archivedOne = readIssueFile('0001.md', '---\ntitle: "#1 - 6 Nov 2026"\ndate: 2026-11-06\nlayout: email\n---\n\nHi!\n') as ImportedIssue;

const ROWS: Row[] = [
  { verb: 'addClip', acts: 'issue', run: (s, t) => s.addClip(clip(t.issueId, 'added'), 'k') },
  { verb: 'undoAddClip', acts: 'clip', run: (s, t) => s.undoAddClip(t.clipId, draft) },
  { verb: 'updateClip', acts: 'clip', run: (s, t) => s.updateClip(t.clipId, { commentary: 'late edit' }) },
  { verb: 'setClipKind', acts: 'clip', run: (s, t) => s.setClipKind(t.clipId, 'brief') },
  { verb: 'placeClip', acts: 'clip', run: (s, t) => s.placeClip(t.clipId, 'Managing Teams', 0) },
  { verb: 'shiftClip', acts: 'clip', run: (s, t) => s.shiftClip(t.clipId, 1) },
  { verb: 'moveClipToSection', acts: 'clip', run: (s, t) => s.moveClipToSection(t.clipId, 'Managing Teams') },
  { verb: 'mergeClips', acts: 'clip', note: 'into it', run: (s, t) => s.mergeClips(t.clipId, t.other) },
  { verb: 'mergeClips', acts: 'clip', note: 'from it', run: (s, t) => s.mergeClips(t.other, t.clipId) },
  { verb: 'undoMerge', acts: 'clip', run: (s, t) => s.undoMerge(t.clipId), accepts: ['deleted clip'], note: 'the merged clip' },
  { verb: 'splitClipLink', acts: 'clip', run: (s, t) => s.splitClipLink(t.clipId, 0) },
  { verb: 'moveClipLink', acts: 'clip', run: (s, t) => s.moveClipLink(t.clipId, 0, 1) },
  { verb: 'addLinkToClip', acts: 'clip', run: (s, t) => s.addLinkToClip(t.clipId, link, 'k') },
  { verb: 'undoAddLink', acts: 'clip', run: (s, t) => s.undoAddLink(t.clipId, link.url, draft) },
  { verb: 'addToInbox', acts: 'issue', run: (s, t) => s.addToInbox(t.issueId, { url: 'https://e.org/inbox', text: 'Inbox' }) },
  {
    verb: 'fillInboxClip',
    acts: 'clip',
    run: (s, t) => s.fillInboxClip(t.clipId, { section: 'Managing Teams', kind: 'link', link, commentary: 'filled' }, 'k'),
  },
  { verb: 'undoFillInboxClip', acts: 'clip', run: (s, t) => s.undoFillInboxClip({ ...inboxBefore, id: t.clipId }, draft) },
  { verb: 'deleteClip', acts: 'clip', run: (s, t) => s.deleteClip(t.clipId) },
  { verb: 'restoreClip', acts: 'clip', run: (s, t) => s.restoreClip(t.clipId), accepts: ['deleted clip'] },
  { verb: 'resolveClipConflict', acts: 'clip', run: (s, t) => s.resolveClipConflict(t.clipId, 'commentary', 'other') },
  { verb: 'updateIssue', acts: 'issue', run: (s, t) => s.updateIssue(t.issueId, { intro: 'late edit' }) },
  { verb: 'resolveIssueConflict', acts: 'issue', run: (s, t) => s.resolveIssueConflict(t.issueId, 'intro', 'other') },
  { verb: 'publishIssue', acts: 'issue', run: (s, t) => s.publishIssue(t.issueId, '# again\n') },
  { verb: 'renameSection', acts: 'issues', run: (s) => s.renameSection('Random', 'Odds and Ends') },
  { verb: 'applyTemplateSections', acts: 'issues', run: (s) => s.applyTemplateSections(['Managing Teams']) },
  { verb: 'importIssues', acts: 'issues', run: (s) => s.importIssues([archivedOne]) },
  {
    verb: 'amendIssue',
    acts: 'none',
    why: 'the guard’s one exception (issue #11): it changes only an imported item of a published issue, and refuses a missing, deleted or draft clip itself (archive-amend.test.ts)',
  },
  { verb: 'savePendingEdit', acts: 'none', why: 'writes only the pending-edit record; applying it goes through updateClip/updateIssue' },
  {
    verb: 'applyPendingEdits',
    acts: 'none',
    why: 'applies each record through updateClip/updateIssue, whose guard refuses it; a refused record is dropped (kept for a deleted clip)',
  },
  {
    verb: 'restoreArchive',
    acts: 'none',
    why: 'restores a whole backup file the editor chose: Replace (after an automatic backup) writes the backup as it was; Merge keeps the other text of every row as a conflict, so nothing is dropped',
  },
  { verb: 'saveBackupSettings', acts: 'none', why: 'writes only the backup bookkeeping setting' },
  { verb: 'currentIssue', acts: 'none', why: 'creates the first draft issue only when there is none' },
  { verb: 'purgeExpiredDeletions', acts: 'none', why: 'destroys only clips already deleted whose Undo has expired' },
  { verb: 'saveSetting', acts: 'none', why: 'a setting (the template as typed) is its own table, not a clip or issue' },
  { verb: 'saveArchiveSearch', acts: 'none', why: 'stores the search index, derived data in the settings table, not a clip or issue' },
  { verb: 'saveDraft', acts: 'none', why: 'a draft is the popup form in progress, not a stored clip' },
  { verb: 'saveDraftOnUnload', acts: 'none', why: 'the same draft, committed as the popup closes' },
  { verb: 'quoteIntoDraft', acts: 'none', why: 'a draft is the popup form in progress, not a stored clip' },
  { verb: 'deleteDraft', acts: 'none', why: 'a draft is the popup form in progress, not a stored clip' },
  { verb: 'rememberCorrections', acts: 'none', why: 'corrections are their own table, the editor’s fixes per site, not a clip or issue' },
  { verb: 'updateCorrection', acts: 'none', why: 'corrections are their own table, the editor’s fixes per site, not a clip or issue' },
  { verb: 'forgetCorrection', acts: 'none', why: 'corrections are their own table, the editor’s fixes per site, not a clip or issue' },
];

const REFUSALS: Record<State, { acts: 'clip' | 'issue'; reason: RefusalReason }> = {
  'missing clip': { acts: 'clip', reason: 'missing-clip' },
  'deleted clip': { acts: 'clip', reason: 'deleted-clip' },
  'clip in published issue': { acts: 'clip', reason: 'published-issue' },
  'missing issue': { acts: 'issue', reason: 'missing-issue' },
  'published issue': { acts: 'issue', reason: 'published-issue' },
};

/** #1 published with one clip; #2 the draft, with two live clips, a deleted one and the page's draft. */
async function archive() {
  const { db, store } = testDatabase();
  const published = await store.currentIssue(new Date(2026, 10, 1));
  const sent = (await store.addClip(clip(published.id, 'sent'))).clip.id;
  const current = await store.publishIssue(published.id, '# sent\n');
  const add = async (title: string) => (await store.addClip(clip(current.id, title))).clip.id;
  const [live, other, deleted] = [await add('live'), await add('other'), await add('deleted')];
  await store.deleteClip(deleted);
  await store.saveDraft(draft.key, draft.form);
  const targets: Record<State, Target> = {
    'missing clip': { clipId: MISSING, issueId: current.id, other },
    'deleted clip': { clipId: deleted, issueId: current.id, other },
    'clip in published issue': { clipId: sent, issueId: current.id, other },
    'missing issue': { clipId: live, issueId: MISSING, other },
    'published issue': { clipId: live, issueId: published.id, other },
  };
  const snapshot = async () => ({ issues: await db.issues.toArray(), clips: await db.clips.toArray(), drafts: await db.drafts.toArray() });
  const publishedPart = async () => ({ issue: await db.issues.get(published.id), clips: await db.clips.where('issueId').equals(published.id).toArray() });
  return { store, targets, snapshot, publishedPart };
}

const cases = ROWS.flatMap((row) =>
  row.acts === 'clip' || row.acts === 'issue'
    ? (Object.keys(REFUSALS) as State[])
        .filter((state) => REFUSALS[state].acts === row.acts)
        .map((state) => ({ name: row.note ? `${row.verb} (${row.note})` : row.verb, run: row.run, state, accepted: row.accepts?.includes(state) ?? false }))
    : [],
);

describe('the write guard', () => {
  it('has a row for every verb of the store; only the listed queries are exempt', () => {
    const listed = new Set<string>([...ROWS.map((r) => r.verb), ...QUERIES]);
    const store = testStore();
    expect(Object.keys(store).filter((name) => !listed.has(name))).toEqual([]);
    expect([...listed].filter((name) => !(name in store))).toEqual([]);
    // Nothing that writes is exported beside the store: only its refusals' classes.
    const functions = Object.entries(storage).filter(([, value]) => typeof value === 'function');
    expect(functions.map(([name]) => name).sort()).toEqual(['IssueNumberTaken', 'StorageRefusal', 'openStore']);
  });

  it.each(cases)('$name on a $state', async ({ run, state, accepted }) => {
    const { store, targets, snapshot } = await archive();
    const before = await snapshot();
    const refusal = await run(store, targets[state]).then(
      () => null,
      (e: unknown) => e,
    );
    if (accepted) {
      expect(refusal).toBeNull();
      return;
    }
    expect(refusal).toBeInstanceOf(storage.StorageRefusal);
    expect(refusal).toMatchObject({ reason: REFUSALS[state].reason });
    expect(await snapshot()).toEqual(before);
  });

  it.each(ROWS.flatMap((row) => (row.acts === 'issues' ? [{ verb: row.verb, run: row.run }] : [])))('$verb skips the published issue', async ({ run }) => {
    const { store, targets, publishedPart } = await archive();
    const before = await publishedPart();
    await run(store, targets['published issue']);
    expect(await publishedPart()).toEqual(before);
  });
});
