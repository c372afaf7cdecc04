import { describe, expect, it } from 'vitest';
import { architectureViolations, BROWSER_ADAPTERS } from '@/test/support/architecture';
import { importGraphOf, readImportGraph } from '@/test/support/import-graph';
import { projectRoot } from '@/test/support/paths';

describe('architecture of the source tree', () => {
  const graph = readImportGraph(projectRoot, ['lib', 'components', 'entrypoints']);

  it('keeps its layering: storage behind lib/db, a UI-free and browser-free lib/, thin entries, lazy stays lazy, no cycles', () => {
    expect(architectureViolations(graph)).toEqual([]);
  });

  it('reads the real graph (so an empty list above means something)', () => {
    expect(graph.size).toBeGreaterThan(100);
    const popup = graph.get('components/Popup.tsx');
    expect(popup?.imports).toContainEqual({ specifier: './QueueTab', target: 'components/QueueTab.tsx', typeOnly: false, dynamic: true });
    expect(graph.get('entrypoints/popup/main.tsx')?.imports).toContainEqual({
      specifier: '@/lib/db',
      target: 'lib/db/index.ts',
      typeOnly: false,
      dynamic: false,
    });
    for (const adapter of BROWSER_ADAPTERS) expect(graph.has(adapter), adapter).toBe(true);
  });
});

describe('architectureViolations', () => {
  // A tree that breaks every rule once, next to imports that are allowed.
  const lines = (n: number) => Array.from({ length: n }, (_, i) => `// line ${i + 1}`).join('\n');
  const bad = importGraphOf({
    'lib/db/database.ts': "import Dexie from 'dexie';\nexport const db = new Dexie('x');",
    'lib/db/index.ts': "export { db } from './database';",
    'components/Queue.tsx': [
      "import { liveQuery } from 'dexie';",
      "import { db } from '@/lib/db/database';",
      "import { browser } from 'wxt/browser';",
      "import type { WxtBrowser } from 'wxt/browser';",
      "import { db as fine } from '@/lib/db';",
    ].join('\n'),
    'lib/view-helper.ts': "import { h } from 'preact';\nimport { signal } from '@preact/signals';",
    'lib/reads-tabs.ts': "import type { WxtBrowser } from 'wxt/browser';",
    'lib/adapter.ts': "import { type WxtBrowser, browser } from 'wxt/browser';",
    'lib/typed-adapter.ts': "import { type WxtBrowser } from 'wxt/browser';",
    'lib/old-adapter.ts': 'export const x = 1;',
    'lib/lazy.ts': "export const load = () => import('webextension-polyfill');",
    'lib/a.ts': "import { b } from './b';",
    'lib/b.ts': "import type { C } from '@/lib/c';",
    'lib/c.ts': "export { a } from '../lib/a.ts';",
    'lib/d.ts': "import { a } from './a';",
    'entrypoints/popup/main.tsx': `import { browser } from 'wxt/browser';\n${lines(30)}`,
    'entrypoints/background.ts': "import { browser } from 'wxt/browser';\nimport { db } from '@/lib/db';",
    'components/Shell.tsx': "export const openHeavy = () => import('./Heavy');",
    'components/Heavy.tsx': 'export default function Heavy() {}',
    'components/Eager.tsx': "import Heavy from './Heavy';",
    'entrypoints/options/main.tsx': "import { openHeavy } from '@/components/Shell';\nimport '@/components/Eager';",
  });
  const adapters = ['lib/adapter.ts', 'lib/typed-adapter.ts', 'lib/old-adapter.ts'];

  it('reports each broken rule, and nothing for the allowed imports', () => {
    expect(architectureViolations(bad, adapters)).toEqual([
      "components/Queue.tsx imports 'dexie': only lib/db/ talks to Dexie; use a verb from '@/lib/db'",
      "components/Queue.tsx imports '@/lib/db/database', inside lib/db: import from '@/lib/db' (its index) only",
      "components/Queue.tsx imports the browser API's value from 'wxt/browser': only entrypoints/ may; take `browser` as a parameter",
      "lib/view-helper.ts imports 'preact': lib/ is UI-free; Preact belongs in components/",
      "lib/view-helper.ts imports '@preact/signals': lib/ is UI-free; Preact belongs in components/",
      "lib/reads-tabs.ts imports 'wxt/browser' but is not a named browser adapter (BROWSER_ADAPTERS in test/support/architecture.ts)",
      "lib/adapter.ts imports the browser API's value from 'wxt/browser': only entrypoints/ may; take `browser` as a parameter",
      "lib/lazy.ts imports the browser API's value from 'webextension-polyfill': only entrypoints/ may; take `browser` as a parameter",
      'entrypoints/popup/main.tsx has 31 lines: entry files wire (≤ 30); move the logic into lib/ or components/',
      'lib/old-adapter.ts is listed as a browser adapter but does not import the browser API: take it off the list',
      'components/Heavy.tsx is loaded with import() in components/Shell.tsx, but entrypoints/options/main.tsx also imports it statically: it stays in the initial bundle',
      'import cycle: lib/a.ts → lib/b.ts → lib/c.ts → lib/a.ts',
    ]);
  });

  it('passes the same tree once the breaks are mended', () => {
    const mended = importGraphOf({
      'lib/db/database.ts': "import Dexie from 'dexie';",
      'lib/db/index.ts': "export { db } from './database';",
      'components/Queue.tsx': "import { db } from '@/lib/db';\nimport type { WxtBrowser } from 'wxt/browser';",
      'lib/adapter.ts': "import type { WxtBrowser } from 'wxt/browser';",
      'lib/a.ts': "import { b } from './b';",
      'lib/b.ts': 'export const b = 1;',
      'entrypoints/popup/main.tsx': `import { browser } from 'wxt/browser';\n${lines(29)}`,
      'components/Shell.tsx': "export const openHeavy = () => import('./Heavy');",
      'components/Heavy.tsx': 'export default function Heavy() {}',
      'components/Eager.tsx': "import type Heavy from './Heavy';",
      'entrypoints/options/main.tsx': "import { openHeavy } from '@/components/Shell';\nimport '@/components/Eager';",
    });
    expect(architectureViolations(mended, ['lib/adapter.ts'])).toEqual([]);
  });

  it('counts a module importing itself as a cycle', () => {
    expect(architectureViolations(importGraphOf({ 'lib/self.ts': "import { x } from './self';" }), [])).toEqual(['import cycle: lib/self.ts → lib/self.ts']);
  });
});
