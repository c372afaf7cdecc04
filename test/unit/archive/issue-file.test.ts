import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { archiveFiles } from '@/lib/archive/archive-files';
import { isSkipped, readIssueFile } from '@/lib/archive/issue-file';
import { linksInText } from '@/lib/archive/links-in-text';
import type { ImportedIssue } from '@/lib/model/imported-issue';

const ARCHIVE = path.resolve('test/fixtures/archive');
const bytes = (name: string) => new Uint8Array(readFileSync(path.join(ARCHIVE, name)));
const text = (name: string) => readFileSync(path.join(ARCHIVE, name), 'utf8');

describe('readIssueFile', () => {
  it('reads every archive file as an issue with its number, date and items', () => {
    for (const name of readdirSync(ARCHIVE).filter((n) => n.endsWith('.md'))) {
      const read = readIssueFile(name, text(name));
      expect(isSkipped(read), name).toBe(false);
      const issue = read as ImportedIssue;
      expect(issue.number, name).toBe(Number(name.slice(0, 4)));
      expect(issue.date, name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(issue.markdown, name).toBe(text(name));
    }
  }, 60_000);

  it('keeps each item with its place, section, links and the links in its text', () => {
    const issue = readIssueFile('0130.md', text('0130.md')) as ImportedIssue;
    expect(issue.subtitle).toContain('In praise of process');
    const first = issue.items[0];
    expect(first?.place).toEqual({ section: 0, item: 0 });
    expect(first?.kind).toBe('link');
    expect(first?.links[0]?.url).toMatch(/^https?:/);
    expect(issue.sectionOrder).toContain('Managing Teams');
    expect(issue.items.some((item) => item.textUrls.length > 0)).toBe(true);
  });

  it('reports a file that is not an issue, by name and why', () => {
    expect(readIssueFile('notes.md', '# Shopping\n\n- milk\n')).toEqual({ fileName: 'notes.md', reason: expect.stringContaining('front matter') });
    expect(readIssueFile('notes.md', '---\ntitle: Notes\ndate: 2024-01-01\n---\nHi\n')).toMatchObject({ reason: expect.stringContaining('issue number') });
    expect(readIssueFile('0007.md', '---\ntitle: Notes\n---\nHi\n')).toMatchObject({ reason: expect.stringContaining('date') });
  });
});

describe('archiveFiles', () => {
  it('takes .md files, the .md files of a zip, and leaves other files out', () => {
    const zip = zipSync({ '_newsletter_issues/0004.md': bytes('0004.md'), '_newsletter_issues/0006.md': bytes('0006.md'), 'logo.png': new Uint8Array([1]) });
    const files = archiveFiles([
      { name: 'site.zip', bytes: zip },
      { name: 'issues/0002.md', bytes: bytes('0002.md') },
      { name: 'issues/.DS_Store', bytes: new Uint8Array([0]) },
    ]);
    expect(files.map((f) => f.name)).toEqual(['issues/0002.md', 'site.zip/_newsletter_issues/0004.md', 'site.zip/_newsletter_issues/0006.md']);
    expect(files[1]?.text).toBe(text('0004.md'));
  });
});

describe('linksInText', () => {
  it('finds inline, angle-bracket and bare links, once each, without sentence punctuation', () => {
    const markdown =
      'See [this](https://a.org/x) and <https://b.org/y>, or https://c.org/z. Again [here](https://a.org/x "t"); [wiki](https://en.wikipedia.org/wiki/Foo_(bar)).';
    expect(linksInText(markdown)).toEqual(['https://a.org/x', 'https://b.org/y', 'https://c.org/z', 'https://en.wikipedia.org/wiki/Foo_(bar)']);
  });
});
