// Extraction speed in Node: extractPageMetadata against Readability alone (the
// baseline the extractor must not be slower than), on every page folder. Pages are
// parsed once outside the timing; a warm-up pass lets the JIT settle first.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { summarise, type Timing, timed } from '@/bench/stats';
import { extractPageMetadata } from '@/lib/extract/index';

interface Page {
  document: Document;
  url: string;
}

function loadPages(pagesDir: string): Page[] {
  return readdirSync(pagesDir)
    .sort()
    .filter((name) => existsSync(path.join(pagesDir, name, 'source.html')))
    .map((name) => {
      const html = readFileSync(path.join(pagesDir, name, 'source.html'), 'utf8');
      const expectedPath = path.join(pagesDir, name, 'expected.json');
      const url = existsSync(expectedPath) ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as { url: string }).url : `https://${name}/`;
      return { document: parseHTML(html).document as unknown as Document, url };
    });
}

function readabilityAlone(page: Page): void {
  try {
    new Readability(page.document.cloneNode(true) as Document).parse();
  } catch {
    // A page Readability cannot parse still costs what it cost.
  }
}

export async function benchExtraction(pagesDir: string): Promise<{ pages: number; ours: Timing; readability: Timing }> {
  const pages = loadPages(pagesDir);
  for (const page of pages) {
    extractPageMetadata(page.document, page.url);
    readabilityAlone(page);
  }
  const ours: number[] = [];
  const readability: number[] = [];
  for (const page of pages) {
    ours.push(timed(() => extractPageMetadata(page.document, page.url)));
    readability.push(timed(() => readabilityAlone(page)));
  }
  return { pages: pages.length, ours: summarise(ours), readability: summarise(readability) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const pagesDir = path.resolve(process.argv[2] ?? path.resolve(import.meta.dirname, '../../shared/fixtures/pages'));
  const result = await benchExtraction(pagesDir);
  const ms = (n: number) => `${n.toFixed(2)} ms`.padStart(10);
  console.log(`${result.pages} pages from ${pagesDir}\n`);
  console.log('                   |     median |        p95');
  console.log('-------------------|------------|-----------');
  console.log(`extractPageMetadata | ${ms(result.ours.median)} | ${ms(result.ours.p95)}`);
  console.log(`Readability alone   | ${ms(result.readability.median)} | ${ms(result.readability.p95)}`);
}
