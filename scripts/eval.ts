// `npm run eval [pagesDir]`: scores extractPageMetadata on every labelled page
// (folders of source.html + expected.json) against Readability alone, per field,
// and lists our misses so that rule changes can be judged on real pages.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractPageMetadata } from '@/lib/extract/index';
import { type Expected, meanTitleF1, type PageScore, type Predicted, scorePage, splitByline, summarise } from '@/scripts/eval-score';

const projectRoot = path.resolve(import.meta.dirname, '..');
const pagesDir = path.resolve(process.argv[2] ?? path.resolve(projectRoot, '../shared/fixtures/pages'));

interface Row {
  page: string;
  expected: Expected;
  ours: Predicted;
  ourScore: PageScore;
  baselineScore: PageScore;
}

function readabilityBaseline(html: string): Predicted {
  const { document } = parseHTML(html);
  try {
    const article = new Readability(document as unknown as Document).parse();
    return { title: article?.title ?? '', authors: splitByline(article?.byline), source: article?.siteName ?? null };
  } catch {
    return { title: '', authors: [], source: null };
  }
}

const rows: Row[] = [];
for (const page of readdirSync(pagesDir).sort()) {
  const dir = path.join(pagesDir, page);
  if (!existsSync(path.join(dir, 'source.html'))) continue;
  const html = readFileSync(path.join(dir, 'source.html'), 'utf8');
  const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
  const { document } = parseHTML(html);
  const metadata = extractPageMetadata(document as unknown as Document, expected.url);
  const ours = { title: metadata.title, authors: metadata.authors, source: metadata.source };
  rows.push({ page, expected, ours, ourScore: scorePage(ours, expected), baselineScore: scorePage(readabilityBaseline(html), expected) });
}

const pct = (n: number) => `${(n * 100).toFixed(1)} %`.padStart(7);
const ourScores = rows.map((r) => r.ourScore);
const baseScores = rows.map((r) => r.baselineScore);
console.log(`${rows.length} pages from ${pagesDir}\n`);
console.log('field          | ours            | Readability alone');
console.log('---------------|-----------------|------------------');
for (const field of ['title', 'authors', 'source'] as const) {
  const o = summarise(ourScores, field);
  const b = summarise(baseScores, field);
  console.log(
    `${`${field} exact`.padEnd(14)} | ${pct(o.rate)} ${`${o.exact}/${o.labelled}`.padStart(7)} | ${pct(b.rate)} ${`${b.exact}/${b.labelled}`.padStart(7)}`,
  );
}
console.log(`${'title token F1'.padEnd(14)} | ${pct(meanTitleF1(ourScores))}         | ${pct(meanTitleF1(baseScores))}`);

console.log('\nmisses (ours):');
for (const { page, expected, ours, ourScore } of rows) {
  if (ourScore.title === false) console.log(`  ${page} title:   ${JSON.stringify(ours.title)} ≠ ${JSON.stringify(expected.title)}`);
  if (ourScore.authors === false) console.log(`  ${page} authors: ${JSON.stringify(ours.authors)} ≠ ${JSON.stringify(expected.authors)}`);
  if (ourScore.source === false) console.log(`  ${page} source:  ${JSON.stringify(ours.source)} ≠ ${JSON.stringify(expected.source)}`);
}
