import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importedArchiveItems, sameItemWords } from '@/lib/archive/imported-items';
import { readIssueFile } from '@/lib/archive/issue-file';
import { linksInText } from '@/lib/archive/links-in-text';
import type { ImportedIssue } from '@/lib/model/imported-issue';
import { importIssue, renderIssue } from '@/lib/roundup';
import { duplicateOptionsOf } from '@/lib/template/duplicate-options';
import { DEFAULT_TEMPLATE } from '@/lib/template/template';
import { must } from '@/test/support/must';
import { testDatabase } from '@/test/support/test-database';

/** How amendIssue reads an imported issue's text and writes it again, as the Archive page passes them. */
const TEXT = { read: importIssue, render: renderIssue };
const ARCHIVE = path.resolve('test/fixtures/archive');
const read = (name: string, edit: (text: string) => string = (t) => t) =>
  readIssueFile(name, edit(readFileSync(path.join(ARCHIVE, name), 'utf8'))) as ImportedIssue;
const FILES = ['0128.md', '0130.md', '0132.md'];

describe('importIssues', () => {
  it('stores each file as a published issue with its markdown, and its items as clips with uid and rev', async () => {
    const { db, store } = testDatabase();
    const outcome = await store.importIssues(FILES.map((f) => read(f)));
    expect(outcome).toMatchObject({ added: [128, 130, 132], unchanged: [], differing: [], replaced: [] });
    const issue = must(await db.issues.where('number').equals(130).first(), 'issue #130');
    expect(issue).toMatchObject({ status: 'published', date: '2022-07-16', rev: 1 });
    expect(issue.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(issue.markdown).toBe(read('0130.md').markdown);
    const clips = await db.clips.where('issueId').equals(issue.id).toArray();
    expect(clips).toHaveLength(read('0130.md').items.length);
    expect(clips.every((c) => c.uid && c.rev === 1 && c.archiveItem)).toBe(true);
  });

  it('stores the front matter’s title and no document: the file’s text is the issue, read again when amended', async () => {
    const { db, store } = testDatabase();
    await store.importIssues([read('0130.md')]);
    const issue = must(await db.issues.where('number').equals(130).first(), 'issue #130');
    expect(issue.title).toBe(read('0130.md').document.frontMatter?.title);
    expect(issue.title).toMatch(/#130/);
    expect(issue).not.toHaveProperty('document');
  });

  it('returns the added items as archiveItems lists them, and importedArchiveItems gives the same words before they are stored', async () => {
    const { store } = testDatabase();
    const issues = FILES.map((f) => read(f));
    const outcome = await store.importIssues(issues);
    expect(outcome.addedItems).toEqual(await store.archiveItems());
    const beforeStoring = importedArchiveItems(issues);
    expect(beforeStoring.every((item) => item.clipId === 0 && item.issueId === 0)).toBe(true);
    expect(sameItemWords(beforeStoring, outcome.addedItems)).toBe(true);
    expect(sameItemWords(beforeStoring, outcome.addedItems.slice(1))).toBe(false);
  });

  it('changes nothing on a second import, and reports a differing file instead of applying it', async () => {
    const { db, store } = testDatabase();
    await store.importIssues(FILES.map((f) => read(f)));
    const before = { issues: await db.issues.toArray(), clips: await db.clips.toArray() };
    const changed = read('0130.md', (t) => t.replace('Hi', 'Hello'));
    expect(await store.importIssues([...FILES.map((f) => read(f)).slice(0, 1), changed])).toMatchObject({ added: [], unchanged: [128], differing: [130] });
    expect({ issues: await db.issues.toArray(), clips: await db.clips.toArray() }).toEqual(before);
    expect(await store.importIssues([changed], { replace: [130] })).toMatchObject({ replaced: [130] });
    const replaced = must(await db.issues.where('number').equals(130).first(), 'issue #130');
    expect(replaced.markdown).toBe(changed.markdown);
    expect(replaced.uid).toBe(before.issues.find((i) => i.number === 130)?.uid);
    expect(await db.clips.where('issueId').equals(replaced.id).count()).toBe(changed.items.length);
  });

  it('moves the draft past the archive: highest number + 1, the next Friday, its clips along', async () => {
    const { db, store } = testDatabase();
    const draft = await store.currentIssue(new Date(2022, 0, 3));
    await store.addClip({ issueId: draft.id, section: 'Random', kind: 'note', links: [], commentary: 'mine' });
    const outcome = await store.importIssues(
      FILES.map((f) => read(f)),
      {},
      new Date(2022, 0, 3),
    );
    expect(outcome.draftMovedTo).toEqual({ number: 133, date: '2022-08-05' });
    expect(await db.issues.get(draft.id)).toMatchObject({ number: 133, date: '2022-08-05', status: 'draft' });
    expect(await store.countClips(draft.id)).toBe(1);
    expect((await store.currentIssue()).id).toBe(draft.id);
  });

  it('a page linked in an imported issue is "Linked in" it, as an item or in commentary', async () => {
    const { store } = testDatabase();
    await store.importIssues([read('0130.md')]);
    const current = await store.currentIssue();
    const issue = read('0130.md');
    const item = must(
      issue.items.find((i) => i.kind === 'link' && i.links.length > 0),
      'a link item',
    );
    const own = await store.findDuplicates([must(item.links[0], 'its first link').url], current.id);
    expect(own.published).toEqual([{ issueNumber: 130, date: '2022-07-16', section: item.section, where: 'item', announcedAgain: false }]);
    const mention = must(
      issue.items.find((i) => i.kind === 'link' && i.textUrls.some((u) => !issue.items.some((j) => j.links.some((l) => l.url === u)))),
      'an item with a link in its commentary',
    );
    const url = must(
      mention.textUrls.find((u) => !issue.items.some((j) => j.links.some((l) => l.url === u))),
      'that link',
    );
    expect((await store.findDuplicates([url], current.id)).published[0]).toMatchObject({ issueNumber: 130, where: 'commentary' });
    expect((await store.findDuplicates([url], current.id, { siteUrl: new URL(url).origin })).published).toEqual([]);
  });
});

describe('amendIssue', () => {
  it('corrects one item of an imported issue; its export re-renders only that item', async () => {
    const { db, store } = testDatabase();
    await store.importIssues([read('0130.md')]);
    const issue = must(await db.issues.where('number').equals(130).first(), 'issue #130');
    const clip = must(
      (await db.clips.where('issueId').equals(issue.id).toArray()).find((c) => c.kind === 'link' && c.commentary.length > 20),
      'a link item with commentary',
    );
    const amended = await store.amendIssue(clip.id, { commentary: 'Corrected commentary.' }, TEXT);
    expect(amended.commentary).toBe('Corrected commentary.');
    const after = must(await db.issues.get(issue.id), 'the amended issue');
    expect(after.markdown).not.toBe(issue.markdown);
    expect(after.markdown).toContain('Corrected commentary.');
    expect(must(after.markdown, 'its markdown').replace('Corrected commentary.', clip.commentary)).toBe(issue.markdown);
    expect(after.rev).toBe(2);
  });

  it('amends a second item from the document the first amend stored, each item written anew only once amended', async () => {
    const { db, store } = testDatabase();
    await store.importIssues([read('0130.md')]);
    const issue = must(await db.issues.where('number').equals(130).first(), 'issue #130');
    const [first, second] = (await db.clips.where('issueId').equals(issue.id).toArray()).filter((c) => c.kind === 'link' && c.commentary.length > 20);
    const one = must(first, 'a link item with commentary');
    const two = must(second, 'another link item with commentary');
    await store.amendIssue(one.id, { commentary: 'First correction.' }, TEXT);
    expect(must(await db.issues.get(issue.id), 'the amended issue').document).toBeDefined();
    await store.amendIssue(two.id, { commentary: 'Second correction.' }, TEXT);
    const after = must(must(await db.issues.get(issue.id), 'the amended issue').markdown, 'its markdown');
    expect(after.replace('First correction.', one.commentary).replace('Second correction.', two.commentary)).toBe(issue.markdown);
  });

  it('a Replace after an amend drops the amended document: the new file’s text is the issue', async () => {
    const { db, store } = testDatabase();
    await store.importIssues([read('0130.md')]);
    const issue = must(await db.issues.where('number').equals(130).first(), 'issue #130');
    const clip = must(
      (await db.clips.where('issueId').equals(issue.id).toArray()).find((c) => c.kind === 'link'),
      'a link item',
    );
    await store.amendIssue(clip.id, { commentary: 'Corrected.' }, TEXT);
    const changed = read('0130.md', (t) => t.replace('Hi', 'Hello'));
    await store.importIssues([changed], { replace: [130] });
    const replaced = must(await db.issues.get(issue.id), 'the replaced issue');
    expect(replaced).not.toHaveProperty('document');
    expect(replaced.markdown).toBe(changed.markdown);
  });

  it('refuses a clip of a draft issue and a missing one', async () => {
    const { store } = testDatabase();
    const draft = await store.currentIssue();
    const { clip } = await store.addClip({ issueId: draft.id, section: 'Random', kind: 'note', links: [], commentary: 'mine' });
    await expect(store.amendIssue(clip.id, { commentary: 'x' }, TEXT)).rejects.toMatchObject({ reason: 'draft-issue' });
    await expect(store.amendIssue(999, { commentary: 'x' }, TEXT)).rejects.toMatchObject({ reason: 'missing-clip' });
  });
});

describe('the newsletter’s own links', () => {
  it('links only in the blocks after About (the Jobs block) are never "Linked in"', async () => {
    const { store } = testDatabase();
    const names = ['0114.md', '0116.md'];
    await store.importIssues(names.map((f) => read(f)));
    const current = await store.currentIssue();
    const onlyAfterAbout = names.flatMap((name) => {
      const text = readFileSync(path.join(ARCHIVE, name), 'utf8');
      const at = text.indexOf('## Jobs');
      expect(at).toBeGreaterThan(0);
      const before = text.slice(0, at);
      return linksInText(text.slice(at)).filter((url) => !before.includes(url));
    });
    expect(onlyAfterAbout.length).toBeGreaterThan(0);
    for (const url of onlyAfterAbout) expect((await store.findDuplicates([url], current.id)).published, url).toEqual([]);
  });

  it('leaves out the Site URL and the template’s block links, as duplicateOptionsOf gives them', async () => {
    const { store } = testDatabase();
    await store.importIssues([read('0130.md')]);
    const current = await store.currentIssue();
    const home = 'https://www.researchcomputingteams.org/newsletter_issues/0128';
    const linked = await store.findDuplicates([home], current.id);
    const options = duplicateOptionsOf({
      ...DEFAULT_TEMPLATE,
      siteUrl: 'https://www.researchcomputingteams.org/',
      trailingBlocks: [{ heading: 'Jobs', level: 2, body: 'See [the job board](https://jobs.example.org/board).', separatorBefore: true }],
    });
    expect(options).toEqual({ siteUrl: 'https://www.researchcomputingteams.org/', ignoredUrls: ['https://jobs.example.org/board'] });
    expect((await store.findDuplicates([home], current.id, options)).published).toEqual([]);
    // Without a Site URL the check is as before.
    expect((await store.findDuplicates([home], current.id, { ...options, siteUrl: '' })).published).toEqual(linked.published);
  });

  it('an ignored URL is never a duplicate, in this issue or a published one', async () => {
    const { store } = testDatabase();
    const issue = await store.currentIssue();
    await store.addClip({
      issueId: issue.id,
      section: 'Random',
      kind: 'link',
      commentary: 'x',
      links: [{ title: 'Board', url: 'https://jobs.example.org/board', authors: [], source: null, attribution: '' }],
    });
    expect((await store.findDuplicates(['http://jobs.example.org/board/'], issue.id)).inIssue).not.toBeNull();
    expect((await store.findDuplicates(['http://jobs.example.org/board/'], issue.id, { ignoredUrls: ['https://jobs.example.org/board'] })).inIssue).toBeNull();
  });
});

describe('archiveItems', () => {
  it('lists every item of the published issues, newest issue first, never the draft’s clips', async () => {
    const { store } = testDatabase();
    await store.importIssues(FILES.map((f) => read(f)));
    const draft = await store.currentIssue();
    await store.addClip({ issueId: draft.id, section: 'Random', kind: 'note', links: [], commentary: 'this week' });
    const items = await store.archiveItems();
    expect(items).toHaveLength(FILES.reduce((n, f) => n + read(f).items.length, 0));
    expect(items.some((item) => item.issueId === draft.id)).toBe(false);
    expect([...new Set(items.map((item) => item.issueNumber))]).toEqual([132, 130, 128]);
    const first = read('0132.md').items[0];
    expect(items[0]).toMatchObject({ issueNumber: 132, section: first?.section, commentary: first?.commentary });
  });
});
