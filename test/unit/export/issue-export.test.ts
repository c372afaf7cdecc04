import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkExport } from '@/lib/export/check-export';
import { exportProblems } from '@/lib/export/export-problems';
import { exportFileName, issueDocumentOf, issueTitle } from '@/lib/export/issue-export';
import type { ClipLink, NewClip } from '@/lib/model/clip';
import { parseIssue, renderIssue } from '@/lib/roundup';
import { DEFAULT_TEMPLATE } from '@/lib/template/template';
import { must } from '@/test/support/must';
import { testStore } from '@/test/support/test-store';

const expected = readFileSync(path.resolve(__dirname, '../../fixtures/roundup/example-131.md'), 'utf8');
const link = (title: string, url: string, attribution: string): ClipLink => ({ title, url, attribution, authors: [], source: null });
const template = { ...DEFAULT_TEMPLATE, signOff: 'Dana' };

/** The format doc's example issue, entered through the storage layer as the editor would. */
async function example131() {
  const store = testStore();
  const issue = await store.currentIssue(new Date(2022, 6, 18));
  await store.updateIssue(issue.id, {
    number: 131,
    date: '2022-07-22',
    intro: 'This week I have been thinking about saying no.\n\nAnd with that, on to the roundup!',
  });
  const add = async (clip: Omit<NewClip, 'issueId'>, label: string) => {
    const { clip: added } = await store.addClip({ ...clip, issueId: issue.id });
    if (label) await store.updateClip(added.id, { label, inSubtitle: true });
  };
  await add(
    {
      section: 'Managing Teams',
      kind: 'link',
      links: [link('The Art of the Polite No', 'https://example.org/polite-no', 'Dana Smith')],
      commentary: 'Smith argues that a clear no, given early, is a kindness:\n\n- say what you *can* do instead\n- say when the answer might change',
    },
    'Saying no well',
  );
  await add(
    {
      section: 'Managing Teams',
      kind: 'link',
      links: [
        link('Release Checklists That Work', 'https://blog.example.com/checklists', 'Ann Lee, Example Engineering'),
        link('Why [Some] Checklists Fail', 'https://example.net/why-fail', 'Bo Chen *et al*., Journal of Examples'),
      ],
      commentary: 'Read together, these two make the case for short checklists owned by the team.',
    },
    'Checklists for releases',
  );
  await add(
    { section: 'Random', kind: 'brief', links: [], commentary: 'A [tiny sampling profiler](https://example.com/profiler) in 200 lines.' },
    'A tiny profiler',
  );
  await add(
    {
      section: 'Random',
      kind: 'brief',
      links: [],
      commentary: 'Everything you never wanted to know about [date parsing](https://example.com/dates_(parsing)).',
    },
    '',
  );
  const stored = must(
    (await store.allIssues()).find((i) => i.id === issue.id),
    'issue #131',
  );
  return { issue: stored, clips: await store.clipsForIssue(stored.id, stored.sectionOrder) };
}

describe('exporting a stored issue', () => {
  it('renders the format doc’s example byte for byte from the clips the editor queued', async () => {
    const { issue, clips } = await example131();
    const result = checkExport(issue, clips, template);
    expect(result.markdown).toBe(expected);
    expect(result.canPublish).toBe(true);
    expect(parseIssue(expected)).toEqual(issueDocumentOf(issue, clips, template));
  });

  it('names the file and titles the issue as the archive does', () => {
    expect(exportFileName({ number: 131, date: '2022-07-22' })).toBe('2022-07-22-issue-131.md');
    expect(issueTitle({ number: 131, date: '2022-07-22' })).toBe('#131 - 22 Jul 2022');
  });

  it('honours the template: no front matter, hero image, the editor’s own subtitle', async () => {
    const { issue, clips } = await example131();
    expect(renderIssue(issueDocumentOf(issue, clips, { ...template, frontMatter: false }))).not.toMatch(/^---/);
    const doc = issueDocumentOf({ ...issue, heroImg: 'https://example.org/hero.png', subtitle: 'My own' }, clips, template);
    expect(doc.frontMatter).toMatchObject({ heroImg: 'https://example.org/hero.png', subtitle: 'My own' });
  });

  it('writes the template’s blocks after About, as the archive’s Jobs block, and reads them back', async () => {
    const { issue, clips } = await example131();
    const jobs = {
      heading: 'Jobs Leading Research Computing Teams',
      level: 2,
      body: 'The full listing is on [the job board](https://example.org/jobs/).',
      separatorBefore: true,
    };
    const doc = issueDocumentOf(issue, clips, { ...template, trailingBlocks: [jobs] });
    const markdown = renderIssue(doc);
    expect(markdown).toContain(
      'A weekly roundup for people who lead research computing teams.\n\n----------\n\n## Jobs Leading Research Computing Teams\n\nThe full listing',
    );
    expect(parseIssue(markdown).trailingBlocks).toEqual(doc.trailingBlocks);
  });

  it('a published issue exports exactly the markdown it was sent with', async () => {
    const { issue, clips } = await example131();
    expect(checkExport({ ...issue, status: 'published', markdown: 'as sent\n' }, clips, template).markdown).toBe('as sent\n');
  });

  it('an unexportable link is an error naming its clip, left out of the markdown, and refuses Publish', async () => {
    const { issue, clips } = await example131();
    const bad = clips.map((c, i) => (i === 0 ? { ...c, links: [link('Bad', 'javascript:alert(1)', 'x')] } : c));
    const result = checkExport(issue, bad, template);
    expect(result.markdown).not.toContain('javascript:');
    expect(result.canPublish).toBe(false);
    expect(result.problems[0]).toMatchObject({ severity: 'error', clipId: bad[0]?.id });
  });
});

describe('exportProblems', () => {
  it('lists what would embarrass the editor, each pointing at its clip', async () => {
    const { clips } = await example131();
    expect(exportProblems(clips)).toEqual([]);
    const [first, second] = [must(clips[0], 'a first clip'), must(clips[1], 'a second clip')];
    const broken = [
      { ...first, commentary: '' },
      { ...second, links: [link('', 'https://blog.example.com/checklists', ''), link('Again', 'http://www.example.org/polite-no/', 'A')] },
    ];
    const messages = exportProblems(broken).map((p) => [p.message, p.clipId]);
    // A clip with no title is named by its commentary's first line.
    const untitled = '“Read together, these two make the case for short checklists owned by the team.” (Managing Teams)';
    expect(messages).toEqual([
      ['“The Art of the Polite No” (Managing Teams) has no commentary.', first.id],
      [`${untitled} (link 1) has an empty title.`, second.id],
      [`${untitled} (link 1) has no attribution.`, second.id],
      [`${untitled} links to the same page as “The Art of the Polite No” (Managing Teams).`, second.id],
    ]);
  });
});
