import { describe, expect, it } from 'vitest';
import { type IssueDocument, importIssue, type LinkItem, parseIssue, renderIssue } from '@/lib/roundup';

// An old-style issue: bold links, `, ` attributions, a <br> without slash, a brief under its own separator.
const OLD = `---
title: "#4 - Link Roundup, 31 Jan 2020"
date: 2020-01-31
layout: email
---
Hi:

## Managing Teams

**[Being Glue](https://noidea.dog/glue)**, Tanya Reilly<br>
[Hire Good Writers](https://basecamp.com/gettingreal/08.6-wordsmiths), Basecamp

Two  spaces stay.

----------

A [brief](https://b.example) on its own.

----------

Another [brief](https://c.example).

----------
## That's it...

Bye
`;

describe('importIssue', () => {
  it('keeps the original: an untouched import exports byte for byte', () => {
    expect(renderIssue(importIssue(OLD))).toBe(OLD);
  });

  it('reads the same structure as parseIssue, and fromStructure ignores the copies', () => {
    const imported = importIssue(OLD);
    expect(renderIssue(imported, { fromStructure: true })).toBe(renderIssue(parseIssue(OLD), { fromStructure: true }));
    expect(imported.sections[0]?.items[0]?.original).toBe(
      '**[Being Glue](https://noidea.dog/glue)**, Tanya Reilly<br>\n[Hire Good Writers](https://basecamp.com/gettingreal/08.6-wordsmiths), Basecamp\n\nTwo  spaces stay.',
    );
  });

  it('re-renders only an amended item once the whole copy is dropped', () => {
    const imported = importIssue(OLD);
    const [first, ...rest] = imported.sections[0]?.items ?? [];
    const amended: LinkItem = {
      kind: 'link',
      links: [{ title: 'Being Glue', url: 'https://noidea.dog/glue', attribution: 'Tanya Reilly' }],
      commentary: 'New words.',
    };
    const doc: IssueDocument = { ...imported, original: undefined, sections: [{ name: 'Managing Teams', items: [amended, ...rest] }] };
    const markdown = renderIssue(doc);
    expect(first?.kind).toBe('link');
    expect(markdown).toContain(
      '## Managing Teams\n\n[Being Glue](https://noidea.dog/glue) - Tanya Reilly\n\nNew words.\n\n----------\n\nA [brief](https://b.example) on its own.\n\n----------\n\nAnother',
    );
    expect(markdown).toContain("----------\n## That's it...");
  });

  it('keeps the old forms in the structure: bold link, comma, <br>, a brief under its own separator', () => {
    const [item, brief] = parseIssue(OLD).sections[0]?.items ?? [];
    expect(item).toMatchObject({
      links: [
        { title: 'Being Glue', attribution: 'Tanya Reilly', form: { strong: true, separator: ', ', lineEnd: '<br>\n' } },
        { title: 'Hire Good Writers', attribution: 'Basecamp', form: { separator: ', ' } },
      ],
      commentary: 'Two  spaces stay.',
    });
    expect(brief).toEqual({ kind: 'brief', text: 'A [brief](https://b.example) on its own.', separator: true });
  });
});
