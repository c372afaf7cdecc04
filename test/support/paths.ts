import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file so it works under vitest and under tsx. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Builds made by `npm run build:e2e`: they may read pages on http://127.0.0.1.
 * `AB_CHROME_BUILD` points the Chromium benches at a copy of another build, to
 * run the two in turns (A, B, A, B) on a busy machine.
 */
export const chromeBuildDir = process.env.AB_CHROME_BUILD ?? path.join(projectRoot, '.output/chrome-mv3-e2e');
export const firefoxBuildDir = path.join(projectRoot, '.output/firefox-mv2-e2e');

/** Hand-written test pages served by the static server. */
export const testPagesDir = path.join(projectRoot, 'test/e2e/pages');

/** Fails fast, with the fix in the message, when a build is missing or half written. */
export function assertBuilt(extensionDir: string): void {
  for (const file of ['manifest.json', 'popup.html']) {
    if (!existsSync(path.join(extensionDir, file))) {
      throw new Error(`${path.relative(projectRoot, extensionDir)}/${file} is missing: run \`npm run build:e2e\` first`);
    }
  }
}
