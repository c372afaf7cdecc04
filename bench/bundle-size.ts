import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSizes {
  /** Gzipped bytes of every script popup.html loads (entry plus preloaded chunks). */
  popupJs: number;
  /** Gzipped bytes of the injected extraction script. */
  contentScript: number;
}

const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

export function bundleSizes(buildDir: string): BundleSizes {
  const html = readFileSync(path.join(buildDir, 'popup.html'), 'utf8');
  const scripts = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].flatMap((m) => (m[1] ? [m[1]] : []));
  const popupJs = [...new Set(scripts)].reduce((sum, src) => sum + gzipped(path.join(buildDir, src.replace(/^\//, ''))), 0);
  return { popupJs, contentScript: gzipped(path.join(buildDir, 'content-scripts/extract-page.js')) };
}
