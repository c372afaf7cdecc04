import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isValidIssueDocument, parseIssue, renderIssue } from '@/lib/roundup';
import { example131 } from '@/test/unit/roundup/example-131';

// Copied byte for byte from section 5 of shared/docs/roundup-format.md.
const expected = readFileSync(path.resolve('test/fixtures/roundup/example-131.md'), 'utf8');

describe('the format doc example (#131)', () => {
  it('renders byte for byte', () => {
    expect(renderIssue(example131)).toBe(expected);
  });

  it('parses back to its document', () => {
    expect(parseIssue(expected)).toStrictEqual(example131);
  });

  it('is a valid document', () => {
    expect(isValidIssueDocument(example131)).toBe(true);
  });
});
