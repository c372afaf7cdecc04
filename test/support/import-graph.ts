import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** One `import`, `export … from`, `import()` or `import('…')` type in a source file. */
export interface ImportEdge {
  specifier: string;
  /** Repository-relative path for `@/` and relative specifiers (a source file when one matches); null for packages. */
  target: string | null;
  /** Erased at build time: `import type`, `export type`, every named binding marked `type`, or `typeof import()`. */
  typeOnly: boolean;
  /** `import('…')`: becomes a separate chunk. */
  dynamic: boolean;
}

export interface SourceModule {
  /** Repository-relative, forward slashes. */
  path: string;
  lines: number;
  imports: ImportEdge[];
}

/** Every module of the scanned folders, keyed by its repository-relative path. */
export type ImportGraph = ReadonlyMap<string, SourceModule>;

const SOURCE = /\.tsx?$/;

/** The graph of `sources` (path → text), resolving `@/` to the repository root and relative paths. */
export function importGraphOf(sources: Readonly<Record<string, string>>): ImportGraph {
  const paths = new Set(Object.keys(sources));
  const graph = new Map<string, SourceModule>();
  for (const [file, text] of Object.entries(sources)) {
    const imports = moduleImports(file, text).map((edge) => ({ ...edge, target: resolveSpecifier(file, edge.specifier, paths) }));
    graph.set(file, { path: file, lines: text.replace(/\n$/, '').split('\n').length, imports });
  }
  return graph;
}

/** Reads every .ts/.tsx under `folders` of `root` (the repository) and builds its graph. */
export function readImportGraph(root: string, folders: readonly string[]): ImportGraph {
  const sources: Record<string, string> = {};
  for (const folder of folders) {
    for (const entry of readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !SOURCE.test(entry.name)) continue;
      const file = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      sources[file] = readFileSync(path.join(root, file), 'utf8');
    }
  }
  return importGraphOf(sources);
}

function resolveSpecifier(from: string, specifier: string, sources: ReadonlySet<string>): string | null {
  const bare = specifier.replace(/[?#].*$/, '');
  let base: string;
  if (bare.startsWith('@/')) base = bare.slice(2);
  else if (bare.startsWith('./') || bare.startsWith('../')) base = path.posix.join(path.posix.dirname(from), bare);
  else return null;
  base = path.posix.normalize(base).replace(/\/$/, '');
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((c) => sources.has(c)) ?? base;
}

type UnresolvedEdge = Omit<ImportEdge, 'target'>;

const SCRIPT_KINDS: Record<string, ts.ScriptKind> = { '.ts': ts.ScriptKind.TS, '.tsx': ts.ScriptKind.TSX, '.js': ts.ScriptKind.JS, '.mjs': ts.ScriptKind.JS };

/** The specifiers a TypeScript or JavaScript module imports (the bench reads built chunks with it too). */
export function moduleImports(file: string, text: string): UnresolvedEdge[] {
  const kind = SCRIPT_KINDS[path.extname(file)] ?? ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const edges: UnresolvedEdge[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      edges.push({ specifier: node.moduleSpecifier.text, typeOnly: isTypeOnlyImport(node.importClause), dynamic: false });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.exportClause;
      const typeOnly =
        node.isTypeOnly || (clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly));
      edges.push({ specifier: node.moduleSpecifier.text, typeOnly, dynamic: false });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) edges.push({ specifier: argument.text, typeOnly: false, dynamic: true });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      edges.push({ specifier: node.argument.literal.text, typeOnly: true, dynamic: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

function isTypeOnlyImport(clause: ts.ImportClause | undefined): boolean {
  if (!clause) return false; // `import './side-effect'`
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    clause.name === undefined &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((e) => e.isTypeOnly)
  );
}
