// `npm run icons`: renders assets/icon.svg (and assets/icon-small.svg for the toolbar sizes,
// drawn on a 16 px grid so it stays crisp) to public/icon/{16,32,48,128}.png with Debian's
// Chromium. WXT lists public/icon/*.png in the manifest as `icons` and the action's icon.
// Rerun after editing either SVG and commit the PNGs.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { projectRoot } from '@/test/support/paths';

/**
 * Size in px → source and transparent margin. The store icon keeps the margin Chrome's
 * guidelines ask for (artwork about 96 px of 128); toolbar sizes use every pixel.
 */
const SIZES: { size: number; source: string; margin: number }[] = [
  { size: 16, source: 'icon-16.svg', margin: 0 },
  { size: 32, source: 'icon.svg', margin: 0 },
  { size: 48, source: 'icon.svg', margin: 2 },
  { size: 128, source: 'icon.svg', margin: 12 },
];

const outDir = path.join(projectRoot, 'public/icon');

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    for (const { size, source, margin } of SIZES) {
      const svg = await readFile(path.join(projectRoot, 'assets', source), 'utf8');
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const inner = size - 2 * margin;
      await page.setContent(
        `<!doctype html><html><head><style>html,body{margin:0;background:transparent}svg{display:block;margin:${margin}px;width:${inner}px;height:${inner}px}</style></head><body>${svg}</body></html>`,
      );
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      const file = path.join(outDir, `${size}.png`);
      await writeFile(file, png);
      console.log(`${path.relative(projectRoot, file)} ${png.length} B`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
