import { HtmlRenderer, Parser } from 'commonmark';
import { parseHTML } from 'linkedom';
import { foldTypography, kramdownGfmHtml } from '@/test/support/kramdown';

/**
 * The end-to-end hostile flow of issue #9 (deliverable 7), shared by the Chromium and
 * Firefox tests: pages whose metadata carries markup, commentary that tries to change
 * the issue's shape, and the checks on the downloaded issue as kramdown (GFM, as Jekyll
 * renders it) and CommonMark render it.
 */
export interface HostilePage {
  /** Served from test/e2e/pages. */
  path: string;
  /** The title as the extension extracts it: the page's text, literal. */
  title: string;
  section: string;
  commentary: string;
}

/** Reported rather than neutralised (a new section): the error names the clip and Publish is refused. */
export const HEADING_COMMENTARY = 'Good piece.\n\n## Background\n\nMore to say.';
/** The editor's fix: the heading taken out. */
export const FIXED_COMMENTARY = 'Good piece.\n\nMore to say.';
/** Neutralised: an HTML comment opener, a kramdown extension and a code fence left open. */
export const HOSTILE_COMMENTARY = 'Worth reading.\n\n<!-- the rest is hidden?\n\n{::comment}\nstill here\n{:/comment}\n\n```\nan unclosed fence';

export const HOSTILE_PAGES: readonly HostilePage[] = [
  {
    path: '/hostile-markup-title.html',
    title: '<script>alert(1)</script> *Teams* [x](javascript:alert(2)) <b>',
    section: 'Managing Teams',
    commentary: HOSTILE_COMMENTARY,
  },
  {
    path: '/hostile-json-ld.html',
    title: 'Review </script> `rm -rf` _under_ ~~scores~~ [a](b)',
    section: 'Research Software Development',
    commentary: HEADING_COMMENTARY,
  },
  {
    path: '/hostile-entities.html',
    title: 'Entities <script> and {::comment} **bold** <!-- here',
    section: 'Random',
    commentary: 'A short one.',
  },
];

/** The canonical URL the first page names: parentheses and a pipe, on the page's own site. */
export const CANONICAL_PATH = '/hostile_(2024)|final.html';

/** A URL with every decodable run of %XX decoded, so encoded and raw forms compare equal. */
function decodedUrl(url: string): string {
  return url.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

export interface ExpectedClip {
  title: string;
  url: string;
}

/** Elements page text must never become (the commentary here uses none of them either). */
const INJECTED = ['script', 'img', 'table', 'em', 'strong', 'del', 'iframe', 'style', 'b', 'i'];

/**
 * What is wrong with one rendering of the issue, in words; [] when every clip is one
 * link to its page whose text is its title, literally, nothing was injected, and the
 * issue's headings are the sections, the closing and About.
 */
function renderingProblems(renderer: string, html: string, clips: readonly ExpectedClip[], sections: readonly string[]): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const problems: string[] = [];
  const anchors = [...document.querySelectorAll('a')];
  if (anchors.length !== clips.length) problems.push(`${renderer}: ${anchors.length} links for ${clips.length} clips`);
  for (const clip of clips) {
    const to = anchors.filter((a) => decodedUrl(a.getAttribute('href') ?? '') === decodedUrl(clip.url));
    if (to.length !== 1) {
      problems.push(`${renderer}: ${to.length} links to ${clip.url} (hrefs: ${anchors.map((a) => a.getAttribute('href')).join(', ')})`);
      continue;
    }
    const [a] = to;
    if (!a) continue;
    if (foldTypography(a.textContent ?? '') !== foldTypography(clip.title))
      problems.push(`${renderer}: link text ${JSON.stringify(a.textContent)} is not ${JSON.stringify(clip.title)}`);
    if (a.children.length > 0) problems.push(`${renderer}: markup inside the link to ${clip.url}: ${a.innerHTML}`);
  }
  for (const tag of INJECTED) {
    const found = document.querySelectorAll(tag).length;
    if (found) problems.push(`${renderer}: ${found} <${tag}> in the issue`);
  }
  const h2 = [...document.querySelectorAll('h2')].map((h) => foldTypography(h.textContent ?? ''));
  const wanted = [...sections, 'That’s it…'].map(foldTypography);
  if (h2.join('\n') !== wanted.join('\n')) problems.push(`${renderer}: level-2 headings ${JSON.stringify(h2)}, expected ${JSON.stringify(wanted)}`);
  const h3 = [...document.querySelectorAll('h3')].map((h) => h.textContent ?? '');
  if (!h3.includes('About This Newsletter')) problems.push(`${renderer}: no About heading (${JSON.stringify(h3)})`);
  const text = document.body.textContent ?? '';
  for (const shown of ['still here', 'an unclosed fence', 'A weekly roundup for people who lead research computing teams.']) {
    if (!text.includes(shown)) problems.push(`${renderer}: "${shown}" is missing from the rendered issue`);
  }
  return problems;
}

/** The downloaded issue rendered by kramdown (GFM) and CommonMark, checked; [] when both are right. */
export function hostileIssueProblems(markdown: string, clips: readonly ExpectedClip[], sections: readonly string[]): string[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const [kramdown = ''] = kramdownGfmHtml([body]);
  const commonmark = new HtmlRenderer().render(new Parser().parse(body));
  return [...renderingProblems('kramdown', kramdown, clips, sections), ...renderingProblems('CommonMark', commonmark, clips, sections)];
}
