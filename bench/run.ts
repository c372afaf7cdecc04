// `npm run bench`: the figures the issues ask for, as a table and as JSON in
// bench/results/latest.json. Needs `npm run build` (sizes) and `npm run build:e2e` (popup timing).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleSizes } from './bundle-size';
import { benchExtraction } from './extraction';
import { benchPopupFill } from './popup-fill';

const root = path.resolve(import.meta.dirname, '..');
const KB = 1024;
const BUDGET = { popupJsKb: 60, contentScriptKb: 40, popupFillMs: 250 };

const extraction = await benchExtraction(path.resolve(root, '../shared/fixtures/pages'));
const sizes = bundleSizes(path.join(root, '.output/chrome-mv3'));
const popup = await benchPopupFill();

const ms = (n: number) => `${n.toFixed(2)} ms`;
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER BUDGET');
const rows: [string, string, string][] = [
  [`extraction median (${extraction.pages} pages, Node)`, ms(extraction.ours.median), `Readability alone ${ms(extraction.readability.median)}`],
  ['extraction p95', ms(extraction.ours.p95), `Readability alone ${ms(extraction.readability.p95)}`],
  [`popup open → filled form, median of ${popup.runs} (${popup.page})`, ms(popup.median), `${verdict(popup.median <= BUDGET.popupFillMs)} (≤ ${BUDGET.popupFillMs} ms; p95 ${ms(popup.p95)})`],
  ['popup JS, gzipped', `${(sizes.popupJs / KB).toFixed(1)} KB`, `${verdict(sizes.popupJs <= BUDGET.popupJsKb * KB)} (≤ ${BUDGET.popupJsKb} KB)`],
  ['content script, gzipped', `${(sizes.contentScript / KB).toFixed(1)} KB`, `${verdict(sizes.contentScript <= BUDGET.contentScriptKb * KB)} (≤ ${BUDGET.contentScriptKb} KB)`],
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`${'measure'.padEnd(width)} | value      | note`);
console.log(`${'-'.repeat(width)}-|------------|-----`);
for (const [name, value, note] of rows) console.log(`${name.padEnd(width)} | ${value.padEnd(10)} | ${note}`);

mkdirSync(path.join(root, 'bench/results'), { recursive: true });
writeFileSync(
  path.join(root, 'bench/results/latest.json'),
  `${JSON.stringify({ date: new Date().toISOString(), extraction, sizes, popup, budget: BUDGET }, null, 2)}\n`,
);
