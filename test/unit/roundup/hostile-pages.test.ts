// Issue #9, deliverable 1: page text is literal everywhere it is written. Generated
// HTML pages go the whole way a clip goes (extractPageMetadata → form → clip →
// issue → markdown) and the markdown is rendered as the archive renders it (kramdown,
// GFM parser) and as CommonMark does. No character is filtered out of the generators.

import { HtmlRenderer, Parser } from 'commonmark';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { surname } from '@/lib/attribution/propose-attribution';
import { clipFromForm, fileInSection, formFromPage, formProblems } from '@/lib/clip-form/clip-form';
import { parseAuthors } from '@/lib/clip-form/link-form';
import { issueDocumentOf } from '@/lib/export/issue-export';
import { extractPageMetadata } from '@/lib/extract/index';
import { isNamedAfter } from '@/lib/extract/personal-site';
import type { Clip } from '@/lib/model/clip';
import type { ClipForm } from '@/lib/model/clip-draft';
import type { Issue } from '@/lib/model/issue';
import { issueDocumentProblems, normaliseIssueDocument, parseIssue, renderIssue } from '@/lib/roundup';
import { splitFrontMatter } from '@/lib/roundup/front-matter';
import { oneLine } from '@/lib/roundup/one-line';
import { DEFAULT_TEMPLATE } from '@/lib/template/template';
import { foldTypography, kramdownGfmHtml, kramdownSkipReason, skipKramdown } from '@/test/support/kramdown';
import { parse } from '@/test/unit/extract/parse';
import { decodedUrl } from '@/test/unit/roundup/html-links';

/** What hostile metadata is made of: markup of every renderer we target, entities, bidi controls, odd spaces. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '&lt;script&gt;',
  '&amp;lt;b&amp;gt;',
  '[x](javascript:alert(1))',
  '![i](https://e.com/i.png)',
  '<img src=x onerror=alert(1)>',
  ' | ',
  '|',
  '*',
  '**',
  '_',
  '__',
  '`',
  '```',
  '~~',
  '~~~',
  '#',
  '## ',
  '> ',
  '- ',
  '1. ',
  '----------',
  '===',
  ': ',
  '[',
  ']',
  '](',
  ')',
  '[^1]',
  '[x]: ',
  '*[HTML]: ',
  '{:.x}',
  '{::comment}',
  '{#id}',
  '$$',
  '^',
  '\\',
  '&copy;',
  '&#35;',
  '&',
  '<!--',
  '-->',
  '<br/>',
  '<<',
  '>>',
  '--',
  '...',
  '"',
  "'",
  'www.example.com',
  'https://evil.example/',
  '@user',
  ':smile:',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u200f',
  '\u00a0',
  '\t',
  '\n',
  ' ',
  'שלום',
  '😀',
  'e\u0301',
  'Ann Lee',
];

const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom('Word', 'Bo Chen')), { maxLength: 8 })
  .map((parts) => parts.join(''));

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface HostilePage {
  url: string;
  html: string;
  brief: boolean;
}

const hostilePage: fc.Arbitrary<HostilePage> = fc
  .record({
    host: fc.constantFrom('example.com', 'blog.example.org', '127.0.0.1', 'localhost:8080', '[::1]'),
    path: hostileText,
    title: hostileText,
    h1: fc.option(hostileText, { nil: null }),
    authors: fc.array(hostileText, { maxLength: 3 }),
    site: fc.option(hostileText, { nil: null }),
    brief: fc.boolean(),
  })
  .map(({ host, path, title, h1, authors, site, brief }) => {
    const head = [
      `<title>${html(title)}</title>`,
      ...authors.map((name) => `<meta name="author" content="${attribute(name)}">`),
      site === null ? '' : `<meta property="og:site_name" content="${attribute(site)}">`,
    ].join('');
    const body = `${h1 === null ? '' : `<h1>${html(h1)}</h1>`}<p>${html(title)}</p>`;
    // The tab's address as a browser serialises it.
    return {
      url: new URL(`https://${host}/${path}`).href.replace(/^https:/, host.startsWith('127') ? 'http:' : 'https:'),
      html: `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
      brief,
    };
  });

const ISSUE: Issue = {
  id: 1,
  number: 9,
  date: '2024-05-03',
  status: 'draft',
  intro: '',
  sectionOrder: ['Managing Teams', 'Random'],
  uid: 'issue-1',
  rev: 1,
  createdAt: 0,
  updatedAt: 0,
};
const BRIEF_SECTIONS = ['Random'];

interface Clipped {
  form: ClipForm;
  clip: Clip;
}

/** A page clipped the way the popup clips it; null when the popup would refuse the form. */
function clipPage(page: HostilePage, id: number): Clipped | null {
  const metadata = extractPageMetadata(parse(page.html), page.url);
  let form = formFromPage(metadata, 'Managing Teams');
  if (page.brief) form = fileInSection(form, 'Random', BRIEF_SECTIONS);
  if (formProblems(form).length > 0) return null;
  const clip: Clip = {
    ...clipFromForm(form, 1),
    id,
    uid: `clip-${id}`,
    rev: 1,
    position: id,
    label: '',
    inSubtitle: false,
    deletedAt: null,
    urlKeys: [],
    createdAt: 0,
    updatedAt: 0,
  };
  return { form, clip };
}

/** The attribution the form proposes, as readers should see it: the Authors and Source fields, literally. */
function visibleAttribution(form: ClipForm): string {
  const authors = parseAuthors(form.authors);
  const source = form.source.trim();
  if (authors.length === 0) return source;
  // The house style (recent archive): "A and B", "A, B, and C", "Surname *et al*" (shown as "Surname et al").
  const names =
    authors.length > 4
      ? `${surname(authors[0] ?? '')} et al`
      : authors.length <= 2
        ? authors.join(' and ')
        : `${authors.slice(0, -1).join(', ')}, and ${authors.at(-1)}`;
  // A site named after its author is cited once.
  const repeatsAuthor = authors.some((a) => isNamedAfter(source, a));
  return source && !repeatsAuthor ? `${names}, ${source}` : names;
}

interface Case {
  clips: Clipped[];
  markdown: string;
}

function issueCase(pages: HostilePage[]): Case {
  const clipped = pages.flatMap((page, i) => clipPage(page, i + 1) ?? []);
  // In issue order: by section, then as clipped.
  const clips = ISSUE.sectionOrder.flatMap((section) => clipped.filter((c) => c.clip.section === section));
  const doc = issueDocumentOf(
    ISSUE,
    clips.map((c) => c.clip),
    DEFAULT_TEMPLATE,
  );
  return { clips, markdown: renderIssue(doc) };
}

const ALLOWED_ELEMENTS = new Set(['P', 'A', 'H2', 'H3', 'HR', 'EM']);

/** What the rendered body shows wrong, one line per finding; [] when every clip reads as the editor saw it. */
function findings(bodyHtml: string, { clips }: Case): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${bodyHtml}</body></html>`);
  const found: string[] = [];
  const injected = [...document.body.querySelectorAll('*')].map((e) => e.tagName.toUpperCase()).filter((tag) => !ALLOWED_ELEMENTS.has(tag));
  if (injected.length) found.push(`injected elements: ${injected.join(', ')}`);
  const anchors = [...document.querySelectorAll('a')];
  if (anchors.length !== clips.length) found.push(`${anchors.length} links for ${clips.length} clips`);
  clips.forEach(({ form, clip }, i) => {
    if (/[\u202a-\u202e\u2066-\u2069]/.test(`${form.title}${form.authors}${form.source}`)) found.push(`clip ${i + 1}: bidi controls in the form`);
    const anchor = anchors[i];
    if (!anchor) return;
    if (decodedUrl(anchor.getAttribute('href') ?? '') !== decodedUrl(form.url.trim()))
      found.push(`clip ${i + 1}: href ${anchor.getAttribute('href')} for ${form.url}`);
    const title = oneLine(form.title);
    if (title && foldTypography(anchor.textContent ?? '') !== foldTypography(title))
      found.push(`clip ${i + 1}: link text ${JSON.stringify(anchor.textContent)} for ${JSON.stringify(title)}`);
    const attribution = oneLine(visibleAttribution(form));
    const line = clip.kind === 'brief' ? `${title}.` : attribution ? `${title} - ${attribution}` : title;
    const paragraph = anchor.parentElement;
    if (title && (paragraph?.tagName.toUpperCase() !== 'P' || foldTypography(paragraph.textContent ?? '') !== foldTypography(line))) {
      found.push(`clip ${i + 1}: line ${JSON.stringify(paragraph?.textContent)} for ${JSON.stringify(line)}`);
    }
  });
  return found;
}

const SAMPLE = fc.sample(fc.array(hostilePage, { minLength: 1, maxLength: 4 }), { numRuns: 150, seed: 9 });

describe('hostile pages, clipped and exported (issue #9)', () => {
  const cases = SAMPLE.map(issueCase);

  it('export a valid document that reads back as itself', () => {
    for (const { clips } of cases) {
      const doc = normaliseIssueDocument(
        issueDocumentOf(
          ISSUE,
          clips.map((c) => c.clip),
          DEFAULT_TEMPLATE,
        ),
      );
      expect(issueDocumentProblems(doc)).toEqual([]);
      expect(parseIssue(renderIssue(doc))).toEqual(doc);
    }
  }, 60_000);

  it('read in CommonMark exactly as the editor saw them in the form', () => {
    cases.forEach((c, i) => {
      const bodyHtml = new HtmlRenderer().render(new Parser().parse(splitFrontMatter(c.markdown).body));
      expect(findings(bodyHtml, c), `issue ${i}:\n${c.markdown}`).toEqual([]);
    });
  }, 60_000);

  describe.skipIf(skipKramdown)(`kramdown${kramdownSkipReason}`, () => {
    it('reads them, as Jekyll renders the archive, exactly as the editor saw them in the form', () => {
      const pages = kramdownGfmHtml(cases.map((c) => splitFrontMatter(c.markdown).body));
      cases.forEach((c, i) => {
        expect(findings(pages[i] ?? '', c), `issue ${i}:\n${c.markdown}`).toEqual([]);
      });
    }, 60_000);
  });
});
