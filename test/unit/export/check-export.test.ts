import { HtmlRenderer, Parser } from 'commonmark';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkFieldProblem } from '@/lib/clip-form/clip-form';
import { checkExport, checkExportWithLint, exportErrorSummary } from '@/lib/export/check-export';
import type { Clip, ClipLink } from '@/lib/model/clip';
import type { Issue } from '@/lib/model/issue';
import { INBOX_SECTION } from '@/lib/queue/inbox';
import { parseIssue } from '@/lib/roundup';
import { DEFAULT_TEMPLATE, type RoundupTemplate } from '@/lib/template/template';
import { anchors, decodedUrl } from '@/test/unit/roundup/html-links';

const template: RoundupTemplate = { ...DEFAULT_TEMPLATE, signOff: 'Dana' };
const issue: Issue = {
  id: 1,
  number: 9,
  date: '2024-05-03',
  status: 'draft',
  intro: 'Hi all.',
  sectionOrder: ['Managing Teams'],
  uid: 'issue-1',
  rev: 1,
  createdAt: 0,
  updatedAt: 0,
};
const link = (title: string, url: string, attribution = 'Ann Lee'): ClipLink => ({ title, url, attribution, authors: [], source: null });
let nextId = 1;
function clip(fields: Partial<Clip>): Clip {
  const id = nextId++;
  return {
    id,
    uid: `clip-${id}`,
    rev: 1,
    issueId: 1,
    section: 'Managing Teams',
    position: id,
    kind: 'link',
    links: [link(`Title ${id}`, `https://example.com/${id}`)],
    commentary: 'Worth reading.',
    label: '',
    inSubtitle: false,
    deletedAt: null,
    urlKeys: [],
    createdAt: 0,
    updatedAt: 0,
    ...fields,
  };
}
const errors = (clips: Clip[], t = template, i = issue) => checkExport(i, clips, t).problems.filter((p) => p.severity === 'error');

describe('checkExport (issue #9, deliverable 3)', () => {
  it('leaves Inbox items out of the markdown and warns about each left at Publish', () => {
    const waiting = clip({ section: INBOX_SECTION, links: [link('Read later', 'https://e.org/later', '')], commentary: '' });
    const check = checkExport(issue, [clip({}), waiting], template);
    expect(check.markdown).not.toContain('Read later');
    expect(check.problems).toEqual([
      { severity: 'warning', message: expect.stringMatching(/^1 link is still in the Inbox with details to fill.*“Read later”\.$/) },
    ]);
    expect(check.canPublish).toBe(true);
  });

  it('a clean issue can be published and reads back as itself', () => {
    const check = checkExport(
      issue,
      [clip({}), clip({ section: 'Random', kind: 'brief', links: [link('P', 'https://e.org/p')], commentary: 'A [P](https://e.org/p).' })],
      template,
    );
    expect(check.problems).toEqual([]);
    expect(check.canPublish).toBe(true);
    expect(parseIssue(check.markdown).sections.map((s) => s.name)).toEqual(['Managing Teams', 'Random']);
  });

  it('commentary that would add a section is an error naming the clip; the markdown is still there for Copy', () => {
    const bad = clip({ commentary: 'Good.\n\n## Background\n\nMore.' });
    const check = checkExport(issue, [bad], template);
    expect(check.canPublish).toBe(false);
    expect(check.problems).toEqual([expect.objectContaining({ severity: 'error', clipId: bad.id, message: expect.stringContaining('level-2 heading') })]);
    expect(check.markdown).toContain('## Background');
    expect(exportErrorSummary(check)).toContain('1 error');
  });

  it.each(['https://', 'mailto:', 'https://exa mple.com', 'javascript:alert(1)'])('a link of %j is an error naming the clip, and left out', (url) => {
    const bad = clip({ links: [link('Bad', url)] });
    const good = clip({});
    const check = checkExport(issue, [bad, good], template);
    expect(check.problems.filter((p) => p.severity === 'error')).toEqual([expect.objectContaining({ clipId: bad.id })]);
    expect(check.markdown).toContain('Title');
    expect(check.markdown).not.toContain('[Bad]');
  });

  it('an unsafe link written in commentary is an error', () => {
    const bad = clip({ commentary: 'See [this](javascript:alert(1)).' });
    expect(errors([bad])).toEqual([expect.objectContaining({ clipId: bad.id, message: expect.stringContaining('javascript:') })]);
  });

  it('a brief without its link is an error; a brief outside a brief section a warning', () => {
    const lost = clip({ section: 'Random', kind: 'brief', commentary: 'I rewrote it and lost the link.' });
    const misplaced = clip({ kind: 'brief', links: [link('P', 'https://e.org/q')], commentary: '[P](https://e.org/q).' });
    const check = checkExport(issue, [lost, misplaced], template);
    expect(check.problems.filter((p) => p.severity === 'error')).toEqual([
      expect.objectContaining({ clipId: lost.id, message: expect.stringContaining('without its link') }),
    ]);
    expect(check.problems).toContainEqual(
      expect.objectContaining({ severity: 'warning', clipId: misplaced.id, message: expect.stringContaining('brief in a section of link items') }),
    );
  });

  it('missing commentary, intro and sign-off, and pages linked before, are warnings', () => {
    const quiet = clip({ commentary: '' });
    const check = checkExport({ ...issue, intro: '' }, [quiet], DEFAULT_TEMPLATE, { linkedBefore: new Map([[quiet.id ?? 0, '#8']]) });
    expect(check.canPublish).toBe(true);
    expect(check.problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', expect.stringContaining('linked before, in #8')],
      ['warning', expect.stringContaining('no commentary')],
      ['warning', 'The issue has no intro.'],
      ['warning', expect.stringContaining('no sign-off')],
    ]);
  });

  it('an intro with level-2 headings of its own is not an error, and stays the intro', () => {
    const essay = { ...issue, intro: 'Hi!\n\n## On saying no\n\nAn essay.' };
    const check = checkExport(essay, [clip({})], template);
    expect(check.problems).toEqual([]);
    expect(parseIssue(check.markdown).intro).toBe('Hi!\n\n## On saying no\n\nAn essay.');
  });

  it('a section listed twice is exported once', () => {
    const twice = { ...issue, sectionOrder: ['Managing Teams', 'Random', 'Managing Teams'] };
    const names = new Set(
      checkExport(twice, [clip({ section: 'Random', kind: 'brief', links: [], commentary: 'A brief.' }), clip({})], template).problems.map((p) => p.severity),
    );
    expect(names.has('error')).toBe(false);
    const check = checkExport(twice, [clip({})], template);
    expect(check.markdown.match(/^## Managing Teams$/gm)).toHaveLength(1);
  });

  it('a template that would break the issue is an error', () => {
    expect(errors([clip({})], { ...template, closingHeading: '' })).toEqual([expect.objectContaining({ message: expect.stringContaining('closing text') })]);
  });

  it('markdownlint findings are warnings', async () => {
    const check = await checkExportWithLint(issue, [clip({})], template, {}, async () => ['markdownlint MD001 on line 3: x']);
    expect(check.problems).toEqual([{ severity: 'warning', message: 'markdownlint MD001 on line 3: x' }]);
    expect(check.canPublish).toBe(true);
  });

  it('a published issue exports what was sent', () => {
    expect(checkExport({ ...issue, status: 'published', markdown: 'sent\n' }, [], template)).toEqual({ markdown: 'sent\n', problems: [], canPublish: false });
  });
});

describe('the Link field and the export agree on every link', () => {
  const piece = fc.oneof(
    fc.constantFrom(
      'https://',
      'http://',
      'mailto:',
      'javascript:',
      'example.com',
      'a@b.c',
      '/',
      '?',
      '#',
      '(',
      ')',
      '<',
      '>',
      '|',
      '\\',
      ' ',
      '%20',
      '&copy;',
      '[',
      ']',
      '"',
      '`',
    ),
    fc.string({ unit: 'binary', maxLength: 3 }),
  );
  const rest = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
  const url = fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom('https://', 'http://', 'mailto:'), fc.constantFrom('example.com', 'ed@example.com', '127.0.0.1:8080', ''), rest)
        .map((p) => p.join('')),
    },
    { weight: 1, arbitrary: rest },
  );

  it('a link the field accepts exports without an error, as one link to it', () => {
    fc.assert(
      fc.property(url, (candidate) => {
        const accepted = linkFieldProblem(candidate) === null;
        const check = checkExport(issue, [clip({ links: [link('Page', candidate)] })], template);
        expect(check.canPublish).toBe(accepted);
        if (!accepted) return;
        const html = new HtmlRenderer().render(new Parser().parse(check.markdown));
        expect(anchors(html).map((a) => decodedUrl(a.href))).toEqual([decodedUrl(candidate.trim())]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
