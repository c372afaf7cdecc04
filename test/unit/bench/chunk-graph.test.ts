import { describe, expect, it } from 'vitest';
import { entryScripts } from '@/bench/bundle-size';
import { chunkName, gzipped, pageScripts, scriptGraphOf } from '@/bench/chunk-graph';

// A build shaped like Rolldown's output: minified, template-literal import(), a chunk shared with another page.
const files = {
  'chunks/popup-AAAAAAAA.js': 'import{a as t}from"./shared-BBBBBBBB.js";import"./polyfill-CCCCCCCC.js";const o=()=>import(`./Queue-DDDDDDDD.js`);t(o);',
  'chunks/shared-BBBBBBBB.js': 'export{a as a};function a(n){return n}const s=()=>import("./lint-EEEEEEEE.js");',
  'chunks/polyfill-CCCCCCCC.js': 'globalThis.x=1;',
  'chunks/Queue-DDDDDDDD.js': 'import{a}from"./shared-BBBBBBBB.js";export*from"./QueueView-FFFFFFFF.js";const m=()=>import("./markdown-GGGGGGGG.js");',
  'chunks/QueueView-FFFFFFFF.js': 'export const v=1;',
  'chunks/markdown-GGGGGGGG.js': 'import"./QueueView-FFFFFFFF.js";export const r=2;',
  'chunks/lint-EEEEEEEE.js': 'export const l="a string mentioning import(\\"./nowhere.js\\")";',
  'chunks/issue-HHHHHHHH.js': 'import"./shared-BBBBBBBB.js";',
};

describe('pageScripts', () => {
  const graph = scriptGraphOf(files);

  it('reads static imports, export-from and import() of the built chunks, ignoring strings', () => {
    expect(graph.get('chunks/popup-AAAAAAAA.js')).toMatchObject({
      imports: ['chunks/shared-BBBBBBBB.js', 'chunks/polyfill-CCCCCCCC.js'],
      dynamicImports: ['chunks/Queue-DDDDDDDD.js'],
    });
    expect(graph.get('chunks/Queue-DDDDDDDD.js')?.imports).toEqual(['chunks/shared-BBBBBBBB.js', 'chunks/QueueView-FFFFFFFF.js']);
    expect(graph.get('chunks/lint-EEEEEEEE.js')).toMatchObject({ imports: [], dynamicImports: [] });
  });

  it('counts the entry and its static imports as initial, and each other reachable chunk once as lazy', () => {
    const page = pageScripts(graph, entryScripts('<script type="module" crossorigin src="/chunks/popup-AAAAAAAA.js"></script>'));
    const initial = ['chunks/popup-AAAAAAAA.js', 'chunks/shared-BBBBBBBB.js', 'chunks/polyfill-CCCCCCCC.js'];
    expect(page.initial).toEqual({ files: initial, gzip: initial.reduce((sum, f) => sum + gzipped(files[f as keyof typeof files]), 0) });
    expect(page.lazy.map(({ file, loadedBy }) => [chunkName(file), chunkName(loadedBy)])).toEqual([
      ['Queue', 'Queue'],
      ['QueueView', 'Queue'],
      ['lint', 'lint'],
      ['markdown', 'markdown'],
    ]);
    expect(page.lazy.map((l) => l.file)).not.toContain('chunks/issue-HHHHHHHH.js');
  });

  it('names a chunk without its folder and content hash', () => {
    expect(chunkName('chunks/QueueTab-D45gUcC8.js')).toBe('QueueTab');
    expect(chunkName('chunks/issue--dA0y77a.js')).toBe('issue');
  });
});
