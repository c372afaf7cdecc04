// `npm run eval [-- options]`: scores extractPageMetadata on every labelled page
// (folders of source.html + expected.json) against Readability alone in the same run,
// per field, raw and with the label corrections of test/fixtures/label-notes.md, for
// pages/, the tuning and holdout parts of pages-more/ (see scripts/holdout-split.ts)
// and all together, with median and p95 time per page.
//
// Options: --fast (reuse cached Readability results, no timing), --only REGEX (subset
// of folders), --save FILE / --diff FILE (our predictions, to list what a change won
// and lost), --misses pages,tuning,holdout (which misses to list; holdout is hidden
// unless asked, so that it is not tuned on).

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractPageMetadata } from '@/lib/extract/index';
import { type EvalRow, printDiff, printMisses, printTable, type SetName } from '@/scripts/eval-report';
import { type Expected, type Predicted, splitByline } from '@/scripts/eval-score';
import { readHoldout } from '@/scripts/holdout-split';
import { corrected, readLabelNotes } from '@/scripts/label-notes';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const fast = args.includes('--fast');
const only = option('--only') ? new RegExp(option('--only') ?? '') : null;
const cacheFile = path.join(root, 'node_modules/.cache/roundup-eval/baseline.json');
const cache: Record<string, { size: number; predicted: Predicted }> = existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : {};

function readabilityAlone(document: Document): Predicted {
  try {
    const article = new Readability(document.cloneNode(true) as Document).parse();
    return { title: article?.title ?? '', authors: splitByline(article?.byline), source: article?.siteName ?? null };
  } catch {
    return { title: '', authors: [], source: null };
  }
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

const holdout = readHoldout();
const notes = readLabelNotes();
const dirs: [string, (folder: string) => SetName][] = [
  [path.resolve(root, '../shared/fixtures/pages'), () => 'pages'],
  [path.resolve(root, '../shared/fixtures/pages-more'), (f) => (holdout.has(f) ? 'holdout' : 'tuning')],
];

const rows: EvalRow[] = [];
let index = 0;
for (const [dir, setOf] of dirs) {
  for (const page of readdirSync(dir).sort()) {
    if (only && !only.test(page)) continue;
    const htmlPath = path.join(dir, page, 'source.html');
    if (!existsSync(htmlPath)) continue;
    const html = readFileSync(htmlPath, 'utf8');
    const expected = JSON.parse(readFileSync(path.join(dir, page, 'expected.json'), 'utf8')) as Expected;
    const { document } = parseHTML(html);
    const doc = document as unknown as Document;
    const key = `${path.basename(dir)}/${page}`;
    const cached = fast && cache[key]?.size === html.length ? cache[key]?.predicted : undefined;
    let baseline: Predicted;
    let ourMs = Number.NaN;
    let baseMs = Number.NaN;
    let metadata: ReturnType<typeof extractPageMetadata>;
    // Alternate which runs first, so neither always pays for the other's garbage.
    if (cached) {
      baseline = cached;
      metadata = extractPageMetadata(doc, expected.url);
    } else if (index++ % 2 === 0) {
      [metadata, ourMs] = time(() => extractPageMetadata(doc, expected.url));
      [baseline, baseMs] = time(() => readabilityAlone(doc));
    } else {
      [baseline, baseMs] = time(() => readabilityAlone(doc));
      [metadata, ourMs] = time(() => extractPageMetadata(doc, expected.url));
    }
    cache[key] = { size: html.length, predicted: baseline };
    const ours = { title: metadata.title, authors: metadata.authors, source: metadata.source };
    const pageNotes = notes.filter((n) => n.page === page);
    rows.push({ page, set: setOf(page), expected, fixed: corrected(expected, pageNotes), ours, baseline, ourMs, baseMs });
  }
}
mkdirSync(path.dirname(cacheFile), { recursive: true });
writeFileSync(cacheFile, JSON.stringify(cache));

printTable(rows, !fast);
const unknownNotes = notes.filter((n) => !rows.some((r) => r.page === n.page));
if (unknownNotes.length && !only) console.log(`\nlabel notes for unknown pages: ${unknownNotes.map((n) => n.page).join(', ')}`);
const diffFile = option('--diff');
if (diffFile) printDiff(rows, JSON.parse(readFileSync(diffFile, 'utf8')));
const saveFile = option('--save');
if (saveFile) writeFileSync(saveFile, JSON.stringify(Object.fromEntries(rows.map((r) => [r.page, r.ours])), null, 1));
printMisses(rows, new Set((option('--misses') ?? 'pages,tuning').split(',') as SetName[]));
