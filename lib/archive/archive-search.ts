import MiniSearch, { type AsPlainObject } from 'minisearch';
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
  /** Every item indexed, in the order they were added. */
  readonly items: readonly ArchiveItem[];
  /** Indexes more items (those of newly imported issues). */
  add(items: readonly ArchiveItem[]): void;
  /**
   * Indexes `items` a batch at a time, awaiting `pause` between batches: an
   * import indexes its items while the database writes them, so the page
   * lets the write's events through.
   */
  addInBatches(items: readonly ArchiveItem[], pause: () => Promise<void>): Promise<void>;
  /**
   * Puts `items` in place of as many items indexed from position `at` on: the
   * same items as stored, with the ids the database gave them (indexed before
   * they were known). Their words must be the ones indexed.
   */
  settle(at: number, items: readonly ArchiveItem[]): void;
  /** The index and its items as JSON, to store and load again with `loadArchiveSearch`. */
  toJSON(): string;
}

interface Indexed {
  /** The item's position in `items`: a hit is read from there, not from the index. */
  id: number;
  title: string;
  attribution: string;
  commentary: string;
  section: string;
}

/**
 * What `toJSON` writes: the items beside MiniSearch's index of them, so a
 * loaded index shows its results, and the page its list, without reading
 * the archive. The index's terms are written as its radix tree (`tree`), with
 * `index` holding the rest of MiniSearch's JSON; where MiniSearch's tree
 * cannot be reached, `index` is its whole JSON and there is no `tree`.
 * `version` changes when this shape does; another one is rebuilt.
 */
interface StoredIndex {
  version: typeof STORED_VERSION;
  items: ArchiveItem[];
  index: AsPlainObject;
  tree?: StoredNode;
}

const STORED_VERSION = 3;

/**
 * A node of MiniSearch's term tree (a radix tree: each key a run of
 * characters; the key '' holds the data of the term ending there: for each
 * field, each document's count of the term).
 */
type TermNode = Map<string, TermNode | TermData>;
type TermData = Map<number, Map<number, number>>;

/** A TermNode as JSON: key, child, key, child…; a term's data as field, count of documents, then document, frequency for each. */
type StoredNode = (string | StoredNode | number[])[];

const LEAF = '';

/** Items indexed per batch by `addInBatches`: about a tenth of the archive, tens of ms each. */
const BATCH = 200;

/**
 * Words too common to tell items apart: left out of the index and of queries.
 * A third of the commentary's words, so indexing the archive takes that much less.
 */
const STOP_WORDS = new Set(
  'a an and are as at be but by for from has have i if in into is it its of on or our so that the their them they this to was we were what when which who will with you your'.split(
    ' ',
  ),
);

const FIELDS = ['title', 'attribution', 'commentary', 'section'] as const;

const OPTIONS = {
  fields: [...FIELDS],
  processTerm: (term: string) => {
    const word = term.toLowerCase();
    return STOP_WORDS.has(word) ? null : word;
  },
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
 * matching, every word required, a title match weighing most. The items are
 * kept beside it, and serialise with it (`toJSON`) for the next page open.
 */
export function createArchiveSearch(items: readonly ArchiveItem[]): ArchiveSearch {
  const builder = indexBuilder();
  builder.add(items.map(indexed));
  return searchOf(builder.build(), [...items]);
}

/**
 * Builds the index of many items at once, as adding them one by one
 * (`MiniSearch.add`) would leave it: their words are gathered in a hash map
 * of terms, then each term goes into MiniSearch's term tree once. Adding walks
 * that tree from its root for every word of every item (the archive's
 * 200,000), this once for every distinct term (14,000): indexing the archive
 * took about half as long. The rest of the index (field lengths, document
 * ids) is MiniSearch's JSON, loaded with `MiniSearch.loadJS`. Where the tree
 * is out of reach (`termsOf`), MiniSearch adds the documents itself. `add`
 * takes documents in order of their ids, from 0.
 */
function indexBuilder() {
  const tokenize = MiniSearch.getDefault('tokenize') as (text: string, field: string) => string[];
  const terms = new Map<string, TermData>();
  const documentIds: Record<number, number> = {};
  const fieldLength: Record<number, number[]> = {};
  const averageFieldLength: number[] = [];
  const all: Indexed[] = [];
  let count = 0;
  return {
    add(documents: readonly Indexed[]): void {
      all.push(...documents);
      for (const document of documents) {
        const lengths: number[] = [];
        FIELDS.forEach((field, fieldId) => {
          const tokens = tokenize(document[field], field);
          // MiniSearch's field length: distinct words before processTerm; its average kept as it keeps it, for the same scores.
          const length = new Set(tokens).size;
          lengths[fieldId] = length;
          averageFieldLength[fieldId] = ((averageFieldLength[fieldId] || 0) * count + length) / (count + 1);
          for (const token of tokens) {
            const term = OPTIONS.processTerm(token);
            if (!term) continue;
            const data = terms.get(term) ?? new Map<number, Map<number, number>>();
            if (data.size === 0) terms.set(term, data);
            const counts = data.get(fieldId) ?? new Map<number, number>();
            if (counts.size === 0) data.set(fieldId, counts);
            counts.set(document.id, (counts.get(document.id) ?? 0) + 1);
          }
        });
        documentIds[document.id] = document.id;
        fieldLength[document.id] = lengths;
        count++;
      }
    },
    build(): MiniSearch<Indexed> {
      const fieldIds = Object.fromEntries(FIELDS.map((field, i) => [field, i]));
      const json = {
        documentCount: count,
        nextId: count,
        documentIds,
        fieldIds,
        fieldLength,
        averageFieldLength,
        storedFields: {},
        dirtCount: 0,
        index: [],
        serializationVersion: 2,
      };
      const index = MiniSearch.loadJS<Indexed>(json as unknown as AsPlainObject, OPTIONS);
      const tree = termsOf(index);
      if (!tree) {
        const added = new MiniSearch<Indexed>(OPTIONS);
        added.addAll(all);
        return added;
      }
      for (const [term, data] of terms) tree.set(term, data);
      return index;
    },
  };
}

function indexed(item: ArchiveItem, id: number): Indexed {
  return {
    id,
    title: item.links.map((l) => l.title).join(' '),
    attribution: item.links.map((l) => l.attribution).join(' '),
    commentary: plain(item.commentary),
    section: item.section,
  };
}

/** An index stored by `toJSON`: ready at once, with nothing to tokenise. Throws on any other JSON. */
export function loadArchiveSearch(json: string): ArchiveSearch {
  const stored = JSON.parse(json) as Partial<StoredIndex>;
  if (stored.version !== STORED_VERSION || !Array.isArray(stored.items) || !stored.index) throw new Error('not an archive search index of this version');
  const index = MiniSearch.loadJS<Indexed>(stored.index, OPTIONS);
  if (stored.tree) {
    const terms = termsOf(index);
    if (!terms) throw new Error('MiniSearch’s term tree is out of reach: the index is built again');
    terms._tree = treeOf(stored.tree);
    terms._size = undefined;
  }
  return searchOf(index, stored.items);
}

/**
 * MiniSearch's term map (its private `_index`, a SearchableMap over the
 * `_tree` radix tree, as of MiniSearch 7), or null when it is not there.
 * Storing that tree and putting it back is why: `MiniSearch.loadJS` inserts
 * the archive's 14,000 terms one by one, each insert walking the tree from
 * its root, and took twice as long as reading the tree back, with the same
 * index as a result (archive-search.test.ts compares them).
 */
function termsOf(index: MiniSearch<Indexed>): TermMap | null {
  const terms = (index as unknown as { _index?: Partial<TermMap> })._index;
  return terms && terms._tree instanceof Map && '_size' in terms && typeof terms.set === 'function' ? (terms as TermMap) : null;
}

interface TermMap {
  _tree: TermNode;
  _size: number | undefined;
  set(term: string, data: TermData): void;
}

/**
 * MiniSearch's JSON without its terms, which go apart as `tree`: taken with an empty
 * tree in place, because its `toJSON` turns every term into JSON (nine tenths of
 * storing the archive's index, about 0.5 s in Node) that would only be dropped.
 */
function withoutTerms(index: MiniSearch<Indexed>, terms: TermMap): AsPlainObject {
  const tree = terms._tree;
  terms._tree = new Map();
  terms._size = undefined;
  try {
    return index.toJSON();
  } finally {
    terms._tree = tree;
    terms._size = undefined;
  }
}

function storedTree(node: TermNode): StoredNode {
  const out: StoredNode = [];
  for (const [key, child] of node) out.push(key, key === LEAF ? storedData(child as TermData) : storedTree(child as TermNode));
  return out;
}

function storedData(data: TermData): number[] {
  const out: number[] = [];
  for (const [field, documents] of data) {
    out.push(field, documents.size);
    for (const [document, frequency] of documents) out.push(document, frequency);
  }
  return out;
}

function treeOf(stored: StoredNode): TermNode {
  const node: TermNode = new Map();
  for (let i = 0; i < stored.length; i += 2) {
    const key = stored[i] as string;
    node.set(key, key === LEAF ? dataOf(stored[i + 1] as number[]) : treeOf(stored[i + 1] as StoredNode));
  }
  return node;
}

function dataOf(stored: readonly number[]): TermData {
  const data: TermData = new Map();
  for (let i = 0; i < stored.length; ) {
    const field = stored[i] ?? 0;
    const count = stored[i + 1] ?? 0;
    i += 2;
    const documents = new Map<number, number>();
    for (let d = 0; d < count; d++, i += 2) documents.set(stored[i] ?? 0, stored[i + 1] ?? 0);
    data.set(field, documents);
  }
  return data;
}

function searchOf(built: MiniSearch<Indexed>, items: ArchiveItem[]): ArchiveSearch {
  let index = built;
  const add = (more: readonly ArchiveItem[]) => {
    const from = items.length;
    items.push(...more);
    index.addAll(more.map((item, i) => indexed(item, from + i)));
  };
  return {
    get size() {
      return index.documentCount;
    },
    items,
    add,
    async addInBatches(more, pause) {
      if (more.length < items.length) {
        for (let at = 0; at < more.length; at += BATCH) {
          if (at > 0) await pause();
          add(more.slice(at, at + BATCH));
        }
        return;
      }
      // At least as many items as it holds (an import into an empty or small archive): the whole index is built again, at once.
      items.push(...more);
      const builder = indexBuilder();
      for (let at = 0; at < items.length; at += BATCH) {
        if (at > 0) await pause();
        builder.add(items.slice(at, at + BATCH).map((item, i) => indexed(item, at + i)));
      }
      index = builder.build();
    },
    settle(at, stored) {
      items.splice(at, stored.length, ...stored);
    },
    toJSON: () => {
      const terms = termsOf(index);
      const stored: StoredIndex = terms
        ? { version: STORED_VERSION, items, index: withoutTerms(index, terms), tree: storedTree(terms._tree) }
        : { version: STORED_VERSION, items, index: index.toJSON() };
      return JSON.stringify(stored);
    },
    search(query, limit = 50) {
      if (!query.trim()) return [];
      return index
        .search(query)
        .slice(0, limit)
        .flatMap((result) => {
          const item = items[result.id as number];
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
