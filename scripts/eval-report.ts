// The tables `npm run eval` prints: exact-match rates per page set and field, ours
// against Readability alone, on the raw labels and on the corrected ones, then the
// time per page, then (on request) what changed since a saved run and our misses.

import { summarise as timing } from '@/bench/stats';
import { type Expected, type PageScore, type Predicted, scorePage, summarise } from '@/scripts/eval-score';

export type SetName = 'pages' | 'tuning' | 'holdout';

export interface EvalRow {
  page: string;
  set: SetName;
  expected: Expected;
  /** The expected record with label-notes corrections applied. */
  fixed: Expected;
  ours: Predicted;
  baseline: Predicted;
  ourMs: number;
  baseMs: number;
}

const FIELDS = ['title', 'authors', 'source'] as const;
const GROUPS: [string, (r: EvalRow) => boolean][] = [
  ['pages/', (r) => r.set === 'pages'],
  ['pages-more/ tuning', (r) => r.set === 'tuning'],
  ['pages-more/ holdout', (r) => r.set === 'holdout'],
  ['pages-more/ all', (r) => r.set !== 'pages'],
  ['all', () => true],
];

const pct = (scores: PageScore[], field: (typeof FIELDS)[number]) => {
  const s = summarise(scores, field);
  return `${(s.rate * 100).toFixed(1).padStart(5)} %`;
};

export function printTable(rows: readonly EvalRow[], withTiming: boolean): void {
  console.log('exact match, ours vs Readability alone (raw labels → with label-notes corrections)\n');
  console.log(`${'set'.padEnd(20)} ${'pages'.padStart(5)} | ${FIELDS.map((f) => `${f.padEnd(7)} ours  (corr.) / Rdb   (corr.)`).join(' | ')}`);
  for (const [name, test] of GROUPS) {
    const group = rows.filter(test);
    if (group.length === 0) continue;
    const ours = group.map((r) => scorePage(r.ours, r.expected));
    const oursFixed = group.map((r) => scorePage(r.ours, r.fixed));
    const base = group.map((r) => scorePage(r.baseline, r.expected));
    const baseFixed = group.map((r) => scorePage(r.baseline, r.fixed));
    const cells = FIELDS.map((f) => `${pct(ours, f)} (${pct(oursFixed, f)}) / ${pct(base, f)} (${pct(baseFixed, f)})`);
    console.log(`${name.padEnd(20)} ${String(group.length).padStart(5)} | ${cells.join(' | ')}`);
  }
  const labelled = FIELDS.map(
    (f) =>
      `${f} ${
        summarise(
          rows.map((r) => scorePage(r.ours, r.expected)),
          f,
        ).labelled
      }`,
  ).join(', ');
  console.log(`\nlabelled pages: ${labelled}`);
  if (!withTiming) return;
  console.log('\ntime per page (ms)        ours median   p95 | Readability median   p95');
  for (const [name, test] of GROUPS) {
    const group = rows.filter(test);
    if (group.length === 0) continue;
    const o = timing(group.map((r) => r.ourMs));
    const b = timing(group.map((r) => r.baseMs));
    console.log(
      `${name.padEnd(25)} ${o.median.toFixed(1).padStart(11)} ${o.p95.toFixed(1).padStart(5)} | ${b.median.toFixed(1).padStart(18)} ${b.p95.toFixed(1).padStart(5)}`,
    );
  }
}

/**
 * What a change won and lost against a saved run (on corrected labels). Holdout pages are only
 * counted, never named: seeing one would let it steer the next change, and then it no longer
 * tells whether a change generalises.
 */
export function printDiff(rows: readonly EvalRow[], saved: Record<string, Predicted>): void {
  const won: string[] = [];
  const lost: string[] = [];
  const holdout = { won: 0, lost: 0 };
  for (const row of rows) {
    const before = saved[row.page];
    if (!before) continue;
    const now = scorePage(row.ours, row.fixed);
    const then = scorePage(before, row.fixed);
    for (const field of FIELDS) {
      if (now[field] === then[field]) continue;
      if (row.set === 'holdout') {
        holdout[now[field] ? 'won' : 'lost'] += 1;
        continue;
      }
      const line = `  ${row.page} ${field}: ${JSON.stringify(before[field])} → ${JSON.stringify(row.ours[field])}`;
      (now[field] ? won : lost).push(line);
    }
  }
  console.log(`\nsince the saved run: ${won.length} won, ${lost.length} lost (holdout, not named: ${holdout.won} won, ${holdout.lost} lost)`);
  if (won.length) console.log(`won:\n${won.join('\n')}`);
  if (lost.length) console.log(`lost:\n${lost.join('\n')}`);
}

export function printMisses(rows: readonly EvalRow[], sets: ReadonlySet<SetName>): void {
  console.log(`\nmisses (ours, corrected labels; ${[...sets].join(', ')}):`);
  for (const { page, set, fixed, ours } of rows) {
    if (!sets.has(set)) continue;
    const score = scorePage(ours, fixed);
    if (score.title === false) console.log(`  ${page} title:   ${JSON.stringify(ours.title)} ≠ ${JSON.stringify(fixed.title)}`);
    if (score.authors === false) console.log(`  ${page} authors: ${JSON.stringify(ours.authors)} ≠ ${JSON.stringify(fixed.authors)}`);
    if (score.source === false) console.log(`  ${page} source:  ${JSON.stringify(ours.source)} ≠ ${JSON.stringify(fixed.source)}`);
  }
}
