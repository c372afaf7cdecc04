import type { Clip, ClipContent, ClipLink, ClipMerge } from '../model/clip';
import { moveItem } from './move-item';

/**
 * Grouping: several links discussed together share one item (one header line
 * each, format doc section 2). Merging appends the other clip's links and its
 * commentary as a new paragraph, so nothing written is lost.
 */
export function mergedInto(target: Pick<Clip, 'links' | 'commentary'>, source: Pick<Clip, 'links' | 'commentary'>) {
  const known = new Set(target.links.map((l) => l.url));
  const links = [...target.links, ...source.links.filter((l) => !known.has(l.url))];
  const commentary = [target.commentary.trim(), source.commentary.trim()].filter(Boolean).join('\n\n');
  return { links, commentary };
}

/**
 * Takes a merge back out of the item it went into. A field still as the merge
 * left it returns to what it was; a field edited since keeps the editor's text
 * (only the links the merge brought are taken out), so Undo never drops typing.
 */
export function unmerged(current: ClipContent, merge: ClipMerge): ClipContent {
  const sameLinks = JSON.stringify(current.links) === JSON.stringify(merge.after.links);
  const had = new Set(merge.before.links.map((l) => l.url));
  const brought = new Set(merge.after.links.map((l) => l.url).filter((url) => !had.has(url)));
  return {
    links: sameLinks ? merge.before.links : current.links.filter((l) => !brought.has(l.url)),
    commentary: current.commentary === merge.after.commentary ? merge.before.commentary : current.commentary,
  };
}

/** The item without link `index`, and that link on its own; null when there is nothing to split. */
export function splitOff(links: readonly ClipLink[], index: number): { kept: ClipLink[]; split: ClipLink } | null {
  const split = links[index];
  if (!split || links.length < 2) return null;
  return { kept: links.filter((_, i) => i !== index), split };
}

/** Links with the one at `from` moved to `to`; unchanged when either is out of range. */
export const movedLink: (links: readonly ClipLink[], from: number, to: number) => ClipLink[] = moveItem;
