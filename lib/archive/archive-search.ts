import MiniSearch from 'minisearch';
import type { ArchiveItem } from '../model/archive-item';

/** One search hit: the item, and a line of its text around the first word found. */
export interface ArchiveHit {
  item: ArchiveItem;
  title: string;
  snippet: string;
  score: number;
}

export interface ArchiveSearch {
  /** Items matching the words, most relevant first (title above attribution above commentary). */
  search(query: string, limit?: number): ArchiveHit[];
  readonly size: number;
  /** Indexes more items (those of newly imported issues). */
  add(items: readonly ArchiveItem[]): void;
  /** The index as JSON, to store and load again with `loadArchiveSearch`. */
  toJSON(): string;
}

interface Indexed {
  id: number;
  title: string;
  attribution: string;
  commentary: string;
  section: string;
  /** Kept with the index, so a loaded index shows its results without reading the items. */
  item: ArchiveItem;
}

/**
 * Words too common to tell items apart: left out of the index and of queries.
 * A third of the commentary's words, so indexing the archive takes that much less.
 */
const STOP_WORDS = new Set(
  'a an and are as at be but by for from has have i if in into is it its of on or our so that the their them they this to was we were what when which who will with you your'.split(
    ' ',
  ),
);

const OPTIONS = {
  fields: ['title', 'attribution', 'commentary', 'section'],
  processTerm: (term: string) => {
    const word = term.toLowerCase();
    return STOP_WORDS.has(word) ? null : word;
  },
  storeFields: ['item'],
  searchOptions: { boost: { title: 4, attribution: 2, commentary: 1, section: 0.5 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' as const },
};

const SNIPPET_CHARS = 160;

/** The item's title as a result shows it: its first link's, or the opening words of a note or brief. */
export function itemTitle(item: ArchiveItem): string {
  const first = item.links[0];
  if (first) return first.title;
  return plain(item.commentary).slice(0, 80);
}

/**
 * A full-text index of every archived item (MiniSearch, in memory): words in
 * title, attribution, commentary and section, prefix and slightly fuzzy
 * matching, every word required, a title match weighing most. Each item is
 * stored with the index, which serialises (`toJSON`) for the next page open.
 */
export function createArchiveSearch(items: readonly ArchiveItem[]): ArchiveSearch {
  const search = searchOf(new MiniSearch<Indexed>(OPTIONS));
  search.add(items);
  return search;
}

function indexed(item: ArchiveItem): Indexed {
  return {
    id: item.clipId,
    title: item.links.map((l) => l.title).join(' '),
    attribution: item.links.map((l) => l.attribution).join(' '),
    commentary: plain(item.commentary),
    section: item.section,
    item,
  };
}

/** An index stored by `toJSON`: ready at once, with nothing to tokenise. */
export function loadArchiveSearch(json: string): ArchiveSearch {
  return searchOf(MiniSearch.loadJSON<Indexed>(json, OPTIONS));
}

function searchOf(index: MiniSearch<Indexed>): ArchiveSearch {
  return {
    get size() {
      return index.documentCount;
    },
    add: (items) => index.addAll(items.map(indexed)),
    toJSON: () => JSON.stringify(index),
    search(query, limit = 50) {
      if (!query.trim()) return [];
      return index
        .search(query)
        .slice(0, limit)
        .flatMap((result) => {
          const item = result.item as ArchiveItem | undefined;
          return item ? [{ item, title: itemTitle(item), snippet: snippet(plain(item.commentary), result.terms), score: result.score }] : [];
        });
    },
  };
}

/** Commentary as readers see it, for matching and snippets: links' text kept, markup and URLs dropped. */
function plain(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_`#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** About SNIPPET_CHARS characters around the first matched word, cut at word boundaries. */
function snippet(text: string, terms: readonly string[]): string {
  const lower = text.toLowerCase();
  const at = Math.min(...terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0), Number.MAX_SAFE_INTEGER);
  if (at === Number.MAX_SAFE_INTEGER || text.length <= SNIPPET_CHARS)
    return text.length <= SNIPPET_CHARS ? text : `${text.slice(0, SNIPPET_CHARS).replace(/\s\S*$/, '')}…`;
  const start = Math.max(0, at - SNIPPET_CHARS / 3);
  const cut = text
    .slice(start, start + SNIPPET_CHARS)
    .replace(/^\S*\s/, start > 0 ? '' : '$&')
    .replace(/\s\S*$/, '');
  return `${start > 0 ? '…' : ''}${cut}${start + SNIPPET_CHARS < text.length ? '…' : ''}`;
}
