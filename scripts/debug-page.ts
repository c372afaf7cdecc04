// `tsx scripts/debug-page.ts FOLDER…`: the signals the extractor read on a development
// page (author signals, source votes, titles) beside its result and label, to see why
// a rule fired. Looks the folder up in pages/ and pages-more/.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { extractPageMetadata } from '@/lib/extract/index';
import { countElements, runReadability } from '@/lib/extract/readability-signal';
import { readSignals } from '@/lib/extract/signals';
import { sourceCandidates } from '@/lib/extract/source-candidates';

const shared = path.resolve(import.meta.dirname, '../../shared/fixtures');
for (const folder of process.argv.slice(2)) {
  const dir = ['pages', 'pages-more'].map((d) => path.join(shared, d, folder)).find((d) => existsSync(d));
  if (!dir) continue;
  const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { url: string };
  const document = parseHTML(readFileSync(path.join(dir, 'source.html'), 'utf8')).document as unknown as Document;
  const signals = readSignals(document, expected.url);
  const readability = runReadability(document, countElements(document));
  console.log(`== ${folder}`);
  console.log('expected', JSON.stringify(expected));
  const { title, authors, source } = extractPageMetadata(document, expected.url);
  console.log('ours    ', JSON.stringify({ title, authors, source }));
  for (const s of signals.authorSignals) if (s.names.length) console.log(`  author ${s.from}:`, JSON.stringify(s.names));
  console.log('  readability byline:', JSON.stringify(readability?.byline), 'siteName:', JSON.stringify(readability?.siteName));
  for (const c of sourceCandidates(document, signals.meta, signals.jsonLd, signals.main))
    console.log(`  source ${c.weight}${c.fromTitle ? ' (title)' : ''}:`, JSON.stringify(c.name));
  console.log('  meta titles:', JSON.stringify(signals.metaTitles));
  console.log('  visible titles:', JSON.stringify(signals.visibleTitles));
}
