import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { moduleImports } from '@/test/support/import-graph';

/** One built script: its gzipped size and the scripts it imports (paths relative to the build folder). */
export interface BuiltScript {
  gzip: number;
  imports: string[];
  dynamicImports: string[];
}

export type ScriptGraph = ReadonlyMap<string, BuiltScript>;

/** What a page loads: the scripts it needs before it can run, and the ones fetched later with `import()`. */
export interface PageScripts {
  /** The entry scripts and everything they import statically, gzipped bytes added up. */
  initial: { files: string[]; gzip: number };
  /** Every other script the page can reach, each with the `import()` target whose load first brings it. */
  lazy: { file: string; gzip: number; loadedBy: string }[];
}

export const gzipped = (bytes: string | Buffer): number => gzipSync(bytes, { level: 9 }).length;

/** The graph of built scripts (path relative to the build folder → text). Imports of other files are left out. */
export function scriptGraphOf(files: Readonly<Record<string, string>>): ScriptGraph {
  const graph = new Map<string, BuiltScript>();
  for (const [file, text] of Object.entries(files)) {
    const local = (specifier: string) => {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
      return specifier.startsWith('.') && target in files ? [target] : [];
    };
    const edges = moduleImports(file, text);
    graph.set(file, {
      gzip: gzipped(text),
      imports: [...new Set(edges.filter((e) => !e.dynamic).flatMap((e) => local(e.specifier)))],
      dynamicImports: [...new Set(edges.filter((e) => e.dynamic).flatMap((e) => local(e.specifier)))],
    });
  }
  return graph;
}

/** The initial scripts of a page with these entry scripts, then each lazily loaded one in the order it can be reached. */
export function pageScripts(graph: ScriptGraph, entries: readonly string[]): PageScripts {
  const seen = new Set<string>();
  const closure = (roots: readonly string[]) => {
    const found: string[] = [];
    const queue = roots.filter((r) => graph.has(r));
    while (queue.length > 0) {
      const file = queue.shift() ?? '';
      if (seen.has(file)) continue;
      seen.add(file);
      found.push(file);
      queue.push(...(graph.get(file)?.imports ?? []));
    }
    return found;
  };
  const size = (file: string) => graph.get(file)?.gzip ?? 0;

  const initial = closure(entries);
  const lazy: PageScripts['lazy'] = [];
  const roots = initial.flatMap((f) => graph.get(f)?.dynamicImports ?? []);
  while (roots.length > 0) {
    const root = roots.shift() ?? '';
    for (const file of closure([root])) {
      lazy.push({ file, gzip: size(file), loadedBy: root });
      roots.push(...(graph.get(file)?.dynamicImports ?? []));
    }
  }
  return { initial: { files: initial, gzip: initial.reduce((sum, f) => sum + size(f), 0) }, lazy };
}

/** `chunks/QueueTab-D45gUcC8.js` → `QueueTab`: the name without folder and content hash. */
export const chunkName = (file: string): string => path.posix.basename(file, '.js').replace(/-[\w-]{8}$/, '');
