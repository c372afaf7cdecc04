import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type IssueDocument, importIssue, parseIssue, renderIssue } from '@/lib/roundup';
import { jekyllPages, kramdownSkipReason, skipKramdown } from '@/test/support/kramdown';
import { decodedUrl } from '@/test/unit/roundup/html-links';

// The 94 published issues of shared/archive (#2 … #188, even numbers), copied
// byte for byte: the format's real history, old layouts and all.
const ARCHIVE = path.resolve('test/fixtures/archive');
const ITEMS = path.resolve('test/fixtures/archive-items');
const issues = readdirSync(ARCHIVE)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => ({ name, markdown: readFileSync(path.join(ARCHIVE, name), 'utf8') }));

/** The header links of every link item, in issue order. */
function itemUrls(doc: IssueDocument): string[] {
  return doc.sections.flatMap((section) => section.items.flatMap((item) => (item.kind === 'link' ? item.links.map((link) => link.url) : [])));
}

/** Entities (`&amp;`) and percent-escapes folded, so a URL as written matches the one the parser read. */
function sameUrl(url: string): string {
  return decodedUrl(url.replace(/&amp;/g, '&'));
}

describe('the archive', () => {
  it('holds the 94 issues', () => {
    expect(issues).toHaveLength(94);
  });

  it('parses every issue and renders it from structure without an exception', () => {
    for (const { name, markdown } of issues) {
      expect(() => renderIssue(parseIssue(markdown), { fromStructure: true }), name).not.toThrow();
    }
  }, 60_000);

  it('exports an untouched imported issue byte for byte, and ignores the copy when asked', () => {
    for (const { name, markdown } of issues) {
      const doc = importIssue(markdown);
      expect(renderIssue(doc), name).toBe(markdown);
      expect(renderIssue(doc, { fromStructure: true }), name).toBe(renderIssue(parseIssue(markdown), { fromStructure: true }));
    }
  }, 60_000);

  /**
   * Item lists checked by hand: for 12 issues across the years, the URLs of the
   * item header links, picked by reading each file (test/fixtures/archive-items;
   * each names the lines it came from), never from the parser's output.
   */
  it('finds at least 98 % of the hand-checked item links as items', () => {
    const lists = readdirSync(ITEMS).filter((name) => name.endsWith('.json'));
    let expected = 0;
    const missing: string[] = [];
    for (const list of lists) {
      const { issue, urls } = JSON.parse(readFileSync(path.join(ITEMS, list), 'utf8')) as { issue: string; urls: string[] };
      const markdown = readFileSync(path.join(ARCHIVE, `${issue}.md`), 'utf8');
      const found = itemUrls(parseIssue(markdown)).map(sameUrl);
      let at = 0;
      for (const url of urls) {
        const index = found.indexOf(sameUrl(url), at);
        if (index < 0) missing.push(`${issue}: ${url}`);
        else at = index + 1;
      }
      expected += urls.length;
    }
    const recall = (expected - missing.length) / expected;
    console.info(`item-link recall over ${lists.length} hand-checked issues: ${expected - missing.length}/${expected} (${(recall * 100).toFixed(1)} %)`);
    expect(lists.length).toBeGreaterThanOrEqual(12);
    expect(recall, missing.join('\n')).toBeGreaterThanOrEqual(0.98);
  }, 60_000);
});

describe.skipIf(skipKramdown)(`Jekyll's kramdown reads every archive issue the same after a round trip${kramdownSkipReason}`, () => {
  it('the same HTML and front matter from structure alone, and from the items’ own originals', () => {
    const fromStructure = issues.map(({ markdown }) => renderIssue(parseIssue(markdown), { fromStructure: true }));
    // Without the whole copy, items are written from their own originals (an amended issue).
    const fromItems = issues.map(({ markdown }) => renderIssue({ ...importIssue(markdown), original: undefined }));
    const pages = jekyllPages([...issues.map(({ markdown }) => markdown), ...fromStructure, ...fromItems]);
    const htmlDiffers: string[] = [];
    const frontMatterDiffers: string[] = [];
    issues.forEach(({ name }, i) => {
      const original = pages[i];
      for (const [how, page] of [
        ['structure', pages[i + issues.length]],
        ['items', pages[i + 2 * issues.length]],
      ] as const) {
        if (page?.html !== original?.html) htmlDiffers.push(`${name} (${how})`);
        const parsed = (json: string | null | undefined) => (json ? (JSON.parse(json) as unknown) : null);
        if (JSON.stringify(sortedKeys(parsed(page?.frontMatter))) !== JSON.stringify(sortedKeys(parsed(original?.frontMatter)))) {
          frontMatterDiffers.push(`${name} (${how})`);
        }
      }
    });
    console.info(
      `kramdown HTML identical: ${issues.length - htmlDiffers.filter((d) => d.endsWith('(structure)')).length}/${issues.length}; front matter identical: ${issues.length - frontMatterDiffers.filter((d) => d.endsWith('(structure)')).length}/${issues.length}`,
    );
    expect(htmlDiffers).toEqual([]);
    expect(frontMatterDiffers).toEqual([]);
  }, 300_000);
});

/** Psych's mapping compared as a mapping: key order does not matter to Jekyll. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, sortedKeys(inner)]),
    );
  }
  return value;
}
