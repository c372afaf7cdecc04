// The holdout fifth of `pages-more/`: pages whose site hashes to 0 mod 5 are kept out
// of tuning, so their score says whether a rule generalises. The choice depends only
// on the site (a Wayback URL counts as the site it archived), never on page content,
// and the resulting list is committed (test/fixtures/pages-more-holdout.txt) before
// any tuning. `tsx scripts/holdout-split.ts [pagesDir]` rewrites that list.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const HOLDOUT_LIST = path.resolve(import.meta.dirname, '../test/fixtures/pages-more-holdout.txt');

/** The site a page belongs to: its host without "www.", or the archived host of a Wayback URL. */
export function siteOf(url: string): string {
  const archived = /^https?:\/\/web\.archive\.org\/web\/[^/]+\/(https?:\/\/.*)$/i.exec(url);
  const target = archived?.[1] ?? url;
  try {
    return new URL(target).hostname.toLowerCase().replace(/^www\d?\./, '');
  } catch {
    return target;
  }
}

/** FNV-1a, 32 bit: a stable hash that needs no dependency. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function isHoldoutSite(site: string): boolean {
  return fnv1a(site) % 5 === 0;
}

/** Folder names listed in the committed holdout file. */
export function readHoldout(file = HOLDOUT_LIST): Set<string> {
  if (!existsSync(file)) return new Set();
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const pagesDir = path.resolve(process.argv[2] ?? path.resolve(import.meta.dirname, '../../shared/fixtures/pages-more'));
  const folders = readdirSync(pagesDir)
    .sort()
    .filter((f) => existsSync(path.join(pagesDir, f, 'expected.json')));
  const holdout = folders.filter((f) => {
    const { url } = JSON.parse(readFileSync(path.join(pagesDir, f, 'expected.json'), 'utf8')) as { url: string };
    return isHoldoutSite(siteOf(url));
  });
  const header = '# pages-more/ holdout: folders whose site hashes (FNV-1a) to 0 mod 5; see scripts/holdout-split.ts\n';
  writeFileSync(HOLDOUT_LIST, `${header}${holdout.join('\n')}\n`);
  console.log(`${holdout.length} of ${folders.length} pages held out`);
}
