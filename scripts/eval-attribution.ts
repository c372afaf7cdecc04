// `npm run eval:attribution`: how often proposeAttribution, given the authors and
// publication of an archive header line, writes that line's attribution exactly —
// for the house style (the defaults) and for each alternative setting, over the whole
// archive and over the recent issues (#120 on), whose majority decides the defaults.
// An et al line is proposed from its first author plus as many others as the
// threshold needs, so the threshold itself is only bounded by lines that list five or
// more names in full; it stays at the format doc's four.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type AttributionStyle, HOUSE_ATTRIBUTION_STYLE, proposeAttribution } from '@/lib/attribution/propose-attribution';
import { headerAttributions, type SplitAttribution, splitAttribution } from '@/scripts/archive-attributions';

const archiveDir = path.resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? path.resolve(import.meta.dirname, '../../shared/archive'));
const RECENT = 120;

const lines: SplitAttribution[] = [];
let headerLines = 0;
for (const file of readdirSync(archiveDir).filter((f) => /^\d+\.md$/.test(f))) {
  const issue = Number.parseInt(file, 10);
  for (const attribution of headerAttributions(readFileSync(path.join(archiveDir, file), 'utf8'))) {
    headerLines++;
    const split = splitAttribution(attribution, issue);
    if (split) lines.push(split);
  }
}

/** The author list a line stands for: an et al line had more authors than the threshold. */
function authorsOf(line: SplitAttribution, style: Required<AttributionStyle>): string[] {
  if (!line.etAl) return line.authors;
  const others = Array.from({ length: style.etAlAfter }, (_, i) => `Co Author${i}`);
  return [...line.authors, ...others];
}

/** Identical up to runs of spaces (a few archive lines have a double space). */
const same = (a: string, b: string) => a.replace(/\s+/g, ' ') === b.replace(/\s+/g, ' ');

function identical(subset: readonly SplitAttribution[], style: Required<AttributionStyle>): number {
  return subset.filter((l) => same(proposeAttribution({ authors: authorsOf(l, style), source: l.source, kind: 'article' }, style), l.attribution)).length;
}

const recent = lines.filter((l) => l.issue >= RECENT);
const house = HOUSE_ATTRIBUTION_STYLE;
const pct = (n: number, of: number) => `${n}/${of} (${((100 * n) / Math.max(1, of)).toFixed(1)} %)`;
console.log(
  `${headerLines} header lines in ${archiveDir}; ${lines.length} split unambiguously into authors and publication (${recent.length} from #${RECENT} on)\n`,
);
console.log(`house style (defaults): identical ${pct(identical(lines, house), lines.length)} all, ${pct(identical(recent, house), recent.length)} recent`);
for (const shape of ['one part', 'author, source', 'two authors', 'three or more', 'et al'] as const) {
  const all = lines.filter((l) => l.shape === shape);
  const rec = recent.filter((l) => l.shape === shape);
  console.log(`  ${shape.padEnd(15)} ${pct(identical(all, house), all.length).padEnd(20)} recent ${pct(identical(rec, house), rec.length)}`);
}

console.log('\neach setting against the alternatives (identical lines, all / recent):');
const alternatives: [string, Partial<AttributionStyle>][] = [
  ['conjunction "&"', { conjunction: '&' }],
  ['no serial comma', { serialComma: false }],
  ['et al spelled "*et al*."', { etAl: '*et al*.' }],
  ['et al spelled "*et al.*"', { etAl: '*et al.*' }],
  ['et al spelled "et al."', { etAl: 'et al.' }],
  ['et al with full first name', { etAlName: 'full' }],
  ...[2, 3, 5, 6, 8].map((n): [string, Partial<AttributionStyle>] => [`et al after ${n} authors`, { etAlAfter: n }]),
];
for (const [name, change] of alternatives) {
  const style = { ...house, ...change };
  console.log(`  ${name.padEnd(28)} ${String(identical(lines, style)).padStart(4)} / ${String(identical(recent, style)).padStart(4)}`);
}
console.log(`  ${'house style'.padEnd(28)} ${String(identical(lines, house)).padStart(4)} / ${String(identical(recent, house)).padStart(4)}`);

if (process.argv.includes('--misses')) {
  for (const l of recent) {
    const proposed = proposeAttribution({ authors: authorsOf(l, house), source: l.source, kind: 'article' }, house);
    if (!same(proposed, l.attribution)) console.log(`  #${l.issue} ${JSON.stringify(l.attribution)} ← ${JSON.stringify(proposed)}`);
  }
}
