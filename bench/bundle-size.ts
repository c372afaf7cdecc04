import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipped, type PageScripts, pageScripts, scriptGraphOf } from '@/bench/chunk-graph';

export interface BundleSizes {
  /** Gzipped bytes the popup loads before it runs: its entry script and everything that imports statically. */
  popupJs: number;
  /** The popup's initial scripts and its lazily loaded chunks (Queue tab, export, markdownlint, …). */
  popup: PageScripts;
  /** Gzipped bytes of the injected extraction script. */
  contentScript: number;
}

/** Every .js file of a build folder, by path relative to it. */
function readScripts(buildDir: string): Record<string, string> {
  const scripts: Record<string, string> = {};
  for (const entry of readdirSync(buildDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = path.relative(buildDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    scripts[file] = readFileSync(path.join(buildDir, file), 'utf8');
  }
  return scripts;
}

/** The module scripts an HTML page starts (`<script type="module" src>`); modulepreload hints are not needed: imports are followed. */
export function entryScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc="\/?([^"]+\.js)"/g)].flatMap((m) => (m[1] ? [m[1]] : []));
}

export function bundleSizes(buildDir: string): BundleSizes {
  const scripts = readScripts(buildDir);
  const popup = pageScripts(scriptGraphOf(scripts), entryScripts(readFileSync(path.join(buildDir, 'popup.html'), 'utf8')));
  return { popupJs: popup.initial.gzip, popup, contentScript: gzipped(scripts['extract-page.js'] ?? '') };
}
