import type { ImportEdge, ImportGraph } from '@/test/support/import-graph';

/**
 * The `lib/` files allowed to touch the browser API, and only its types: the
 * caller passes `browser` (or one area of it) in, so tests can pass fakes.
 */
export const BROWSER_ADAPTERS: readonly string[] = [
  'lib/backup/browser-backup-env.ts',
  'lib/context-menu/browser-menu-env.ts',
  'lib/page/active-tab.ts',
  'lib/template/template-sync.ts',
  'lib/toolbar/badge.ts',
  'lib/toolbar/native-browser.ts',
];

/** Entry files wire; anything longer is logic that belongs in lib/ or components/. */
export const ENTRY_MAX_LINES = 30;

const BROWSER_API = /^(?:wxt\/browser|webextension-polyfill|@wxt-dev\/webextension-polyfill)(?:\/|$)/;
const PREACT = /^(?:preact|@preact\/[^/]+)(?:\/|$)/;
const DEXIE = /^dexie(?:\/|$)/;
const DB_INDEX = 'lib/db/index.ts';

const inFolder = (file: string, folder: string) => file.startsWith(`${folder}/`);

/**
 * The project's layering, checked on an import graph (see `readImportGraph`); one message
 * per broken rule and import, empty when the tree is in order:
 * - storage: outside lib/db nothing imports `dexie` or a lib/db module other than its index;
 * - lib/ never imports Preact;
 * - lib/ reaches the browser API only in the named adapters, and there with `import type`;
 * - only entrypoints/ import the `browser` value;
 * - entry files stay within ENTRY_MAX_LINES lines;
 * - what an entry loads with `import()` it does not also import statically (it would stop being lazy);
 * - no import cycles (type-only imports count: a cycle of types is still a tangle).
 */
export function architectureViolations(graph: ImportGraph, browserAdapters: readonly string[] = BROWSER_ADAPTERS): string[] {
  const violations: string[] = [];
  for (const module of graph.values()) {
    for (const edge of module.imports) violations.push(...edgeViolations(module.path, edge, browserAdapters));
    if (inFolder(module.path, 'entrypoints') && module.lines > ENTRY_MAX_LINES) {
      violations.push(`${module.path} has ${module.lines} lines: entry files wire (≤ ${ENTRY_MAX_LINES}); move the logic into lib/ or components/`);
    }
  }
  for (const adapter of browserAdapters) {
    const module = graph.get(adapter);
    if (module && !module.imports.some((e) => BROWSER_API.test(e.specifier))) {
      violations.push(`${adapter} is listed as a browser adapter but does not import the browser API: take it off the list`);
    }
  }
  for (const module of graph.values()) if (inFolder(module.path, 'entrypoints')) violations.push(...eagerLazyModules(graph, module.path));
  for (const cycle of importCycles(graph)) violations.push(`import cycle: ${[...cycle, cycle[0]].join(' → ')}`);
  return violations;
}

function edgeViolations(from: string, edge: ImportEdge, browserAdapters: readonly string[]): string[] {
  const found: string[] = [];
  const quoted = `'${edge.specifier}'`;
  if (!inFolder(from, 'lib/db')) {
    if (DEXIE.test(edge.specifier)) found.push(`${from} imports ${quoted}: only lib/db/ talks to Dexie; use a verb from '@/lib/db'`);
    if (edge.target !== null && inFolder(edge.target, 'lib/db') && edge.target !== DB_INDEX) {
      found.push(`${from} imports ${quoted}, inside lib/db: import from '@/lib/db' (its index) only`);
    }
  }
  if (inFolder(from, 'lib') && PREACT.test(edge.specifier)) found.push(`${from} imports ${quoted}: lib/ is UI-free; Preact belongs in components/`);
  if (BROWSER_API.test(edge.specifier) && !inFolder(from, 'entrypoints')) {
    if (!edge.typeOnly) {
      found.push(`${from} imports the browser API's value from ${quoted}: only entrypoints/ may; take \`browser\` as a parameter`);
    } else if (inFolder(from, 'lib') && !browserAdapters.includes(from)) {
      found.push(`${from} imports ${quoted} but is not a named browser adapter (BROWSER_ADAPTERS in test/support/architecture.ts)`);
    }
  }
  return found;
}

/** Modules the entry loads with `import()` somewhere in its graph that it also reaches through static imports. */
function eagerLazyModules(graph: ImportGraph, entry: string): string[] {
  const reach = (follow: (e: ImportEdge) => boolean) => {
    const found = new Set<string>([entry]);
    for (const file of found) {
      for (const e of graph.get(file)?.imports ?? []) if (e.target !== null && graph.has(e.target) && follow(e)) found.add(e.target);
    }
    return found;
  };
  const eager = reach((e) => !e.dynamic && !e.typeOnly);
  const violations: string[] = [];
  for (const file of reach((e) => !e.typeOnly)) {
    for (const e of graph.get(file)?.imports ?? []) {
      if (e.dynamic && e.target !== null && eager.has(e.target)) {
        violations.push(`${e.target} is loaded with import() in ${file}, but ${entry} also imports it statically: it stays in the initial bundle`);
      }
    }
  }
  return violations;
}

/** Each strongly connected group of modules, as one cycle through it (Tarjan's algorithm, then a walk). */
export function importCycles(graph: ImportGraph): string[][] {
  const successors = (file: string) => [
    ...new Set((graph.get(file)?.imports ?? []).flatMap((e) => (e.target !== null && graph.has(e.target) ? [e.target] : []))),
  ];
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];

  const connect = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file) ?? 0);
    stack.push(file);
    onStack.add(file);
    for (const next of successors(file)) {
      if (!index.has(next)) {
        connect(next);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || successors(file).includes(file)) groups.push(group);
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) connect(file);
  return groups.map((group) => cycleThrough(group, successors));
}

/** A shortest path from the group's first module (alphabetically) back to itself, staying inside the group. */
function cycleThrough(group: readonly string[], successors: (file: string) => string[]): string[] {
  const members = new Set(group);
  const start = [...group].sort()[0] ?? '';
  const previous = new Map<string, string>();
  const queue: string[] = [start];
  for (let i = 0; i < queue.length; i++) {
    const file: string = queue[i] ?? start;
    for (const next of successors(file)) {
      if (next === start) return pathTo(file, start, previous);
      if (members.has(next) && !previous.has(next)) {
        previous.set(next, file);
        queue.push(next);
      }
    }
  }
  return [start];
}

/** `start` … `file`, following the breadth-first search's back links. */
function pathTo(file: string, start: string, previous: ReadonlyMap<string, string>): string[] {
  const path = [file];
  for (let step = file; step !== start; ) {
    step = previous.get(step) ?? start;
    path.unshift(step);
  }
  return path;
}
