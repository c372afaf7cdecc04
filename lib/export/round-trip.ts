import { fromMarkdown } from 'mdast-util-from-markdown';
import { linkProblem } from '../roundup';

/** Deep equality of plain serialisable values (documents, items), key order aside. */
export function sameDocument(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return keysA.length === keysB.length && keysA.every((k) => sameDocument((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

type Node = ReturnType<typeof fromMarkdown> | ReturnType<typeof fromMarkdown>['children'][number];

/**
 * Links and images in the editor's markdown whose scheme is not http(s) or
 * mailto (`javascript:`, `data:`…): written by hand, but as unsafe in the
 * archive as any. Relative and fragment links are left to the editor.
 */
export function commentaryLinkProblems(markdown: string): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && 'url' in node) {
      const url = String(node.url);
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) && linkProblem(url))
        found.push(`links to ${JSON.stringify(url)}, which cannot go in the issue (only http, https and mailto links can)`);
    }
    if ('children' in node) for (const child of node.children) visit(child as Node);
  };
  visit(fromMarkdown(markdown));
  return found;
}
