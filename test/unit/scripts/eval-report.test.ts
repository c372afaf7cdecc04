import { afterEach, describe, expect, it, vi } from 'vitest';
import { type EvalRow, printDiff } from '@/scripts/eval-report';

const row = (page: string, set: EvalRow['set'], title: string): EvalRow => {
  const expected = { url: `https://${page}/`, title: 'Right', authors: null, source: null };
  const ours = { title, authors: [], source: null };
  return { page, set, expected, fixed: expected, ours, baseline: ours, ourMs: 1, baseMs: 1 };
};

describe('printDiff', () => {
  afterEach(() => vi.restoreAllMocks());

  it('names tuning pages that changed but only counts holdout pages', () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => lines.push(line));
    const wrong = { title: 'Wrong', authors: [], source: null };
    printDiff([row('001-seen.example', 'tuning', 'Right'), row('002-secret.example', 'holdout', 'Right')], {
      '001-seen.example': wrong,
      '002-secret.example': wrong,
    });
    const out = lines.join('\n');
    expect(out).toContain('1 won, 0 lost (holdout, not named: 1 won, 0 lost)');
    expect(out).toContain('001-seen.example');
    expect(out).not.toContain('002-secret.example');
  });
});
