// A/B of the popup's filled form between two e2e builds, in the same conditions: two browsers
// open side by side, runs alternating A, B, A, B… each with its blank page, so a busy machine
// (2 cores shared with other work) weighs on both alike (issue #13 item 7).
// `node --import tsx bench/popup-ab.ts <build A> <build B> [runs] [--archive]`
import path from 'node:path';
import { type PopupFillSession, preparePopupFill } from '@/bench/popup-fill';
import { median, percentile } from '@/bench/stats';

const [dirA, dirB, runsArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!dirA || !dirB) throw new Error('usage: popup-ab.ts <build A> <build B> [runs] [--archive]');
const runs = Number(runsArg ?? 30);
const withArchive = process.argv.includes('--archive');

const round = (ms: number) => Math.round(ms * 10) / 10;
const sessions: PopupFillSession[] = [];
try {
  for (const dir of [dirA, dirB]) sessions.push(await preparePopupFill(path.resolve(dir), { withArchive }));
  const times: number[][] = [[], []];
  const blanks: number[][] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const [k, session] of sessions.entries()) {
      const one = await session.timeOne();
      times[k]?.push(one.filled);
      blanks[k]?.push(one.blank);
    }
  }
  for (const [k, dir] of [dirA, dirB].entries()) {
    const t = times[k] ?? [];
    const b = blanks[k] ?? [];
    console.log(
      `${dir}: median ${round(median(t))} ms, p95 ${round(percentile(t, 95))} ms, blank ${round(median(b))} ms, ratio ${round(median(t) / median(b))}`,
    );
  }
  // Each pair ran back to back: the median of B − A cancels much of the machine's drift.
  const differences = (times[1] ?? []).map((b, i) => b - (times[0]?.[i] ?? 0));
  console.log(`B − A per pair: median ${round(median(differences))} ms`);
} finally {
  for (const s of sessions) await s.close();
}
