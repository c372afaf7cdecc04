// Export speed of the markdown core: a generated 60-clip issue rendered and
// parsed ~30 times each (median ms), then 500 such issues back to back (total ms).
// Standalone: `npx tsx bench/roundup.ts`.
import { pathToFileURL } from 'node:url';
import { median, timed } from '@/bench/stats';
import { parseIssue, renderIssue } from '@/lib/roundup';
import { sampleIssue } from '@/test/fixtures/roundup/sample-issue';

const RUNS = 30;
const BATCH = 500;

export async function benchRoundup(): Promise<{
  render60: { median: number };
  parse60: { median: number };
  render500: number;
  parse500: number;
}> {
  const issue = sampleIssue(60);
  const markdown = renderIssue(issue);
  // Warm up the JIT and micromark's lazily built tables before measuring.
  for (let i = 0; i < 5; i++) parseIssue(renderIssue(issue));
  const renders = Array.from({ length: RUNS }, () => timed(() => renderIssue(issue)));
  const parses = Array.from({ length: RUNS }, () => timed(() => parseIssue(markdown)));
  const issues = Array.from({ length: BATCH }, (_, i) => sampleIssue(60, i + 1));
  const rendered: string[] = [];
  const render500 = timed(() => {
    for (const doc of issues) rendered.push(renderIssue(doc));
  });
  const parse500 = timed(() => {
    for (const text of rendered) parseIssue(text);
  });
  return { render60: { median: median(renders) }, parse60: { median: median(parses) }, render500, parse500 };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchRoundup();
  const ms = (n: number) => `${n.toFixed(2)} ms`;
  console.log(`render, 60-clip issue, median of ${RUNS}: ${ms(result.render60.median)}`);
  console.log(`parse, 60-clip issue, median of ${RUNS}:  ${ms(result.parse60.median)}`);
  console.log(`render ${BATCH} issues: ${ms(result.render500)}`);
  console.log(`parse ${BATCH} issues:  ${ms(result.parse500)}`);
}
