// JSON-LD is the most structured signal a page offers, but it arrives as arrays,
// @graph wrappers, @id references (Yoast) and sometimes malformed JSON (trailing
// commas, raw newlines, HTML comments). This file flattens all of it into plain nodes.

export type JsonLdNode = { readonly [key: string]: unknown };

export interface JsonLd {
  nodes: JsonLdNode[];
  /** Follows an `{"@id": …}` reference to the node it names; other values pass through. */
  resolve(value: unknown): unknown;
}

export function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Schema types of a node without prefixes ("schema:NewsArticle" → "NewsArticle"). */
export function typesOf(node: JsonLdNode): string[] {
  return asArray(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*[/:#]/, ''));
}

export function stringProp(node: JsonLdNode, key: string): string | null {
  const value = node[key];
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return null;
}

function parseLenient(text: string): unknown {
  const body = text.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)/, '').replace(/(?:-->|\/\/\s*\]\]>)\s*$/, '');
  try {
    return JSON.parse(body);
  } catch {
    // Common breakage: raw control characters inside strings and trailing commas.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: raw control characters are what breaks JSON.parse here
    const repaired = body.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

function collect(value: unknown, into: JsonLdNode[], depth: number): void {
  if (depth > 4) return;
  for (const item of asArray(value)) {
    if (!isNode(item)) continue;
    if (item['@graph'] !== undefined) collect(item['@graph'], into, depth + 1);
    if (item['@type'] !== undefined) into.push(item);
    // A WebPage often wraps the article as mainEntity.
    if (isNode(item.mainEntity) && item.mainEntity['@type'] !== undefined) collect(item.mainEntity, into, depth + 1);
  }
}

export function readJsonLd(document: Document): JsonLd {
  const nodes: JsonLdNode[] = [];
  for (const script of document.querySelectorAll('script[type]')) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    collect(parseLenient(script.textContent ?? ''), nodes, 0);
  }
  const byId = new Map<string, JsonLdNode>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node);
  }
  return {
    nodes,
    resolve: (value) => {
      if (isNode(value) && typeof value['@id'] === 'string' && Object.keys(value).length <= 2) {
        return byId.get(value['@id']) ?? value;
      }
      return value;
    },
  };
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|Review|Recipe)$/;

/** The node describing the page's main content: an article type first, then a WebPage. */
export function mainNode(jsonLd: JsonLd): JsonLdNode | null {
  const article = jsonLd.nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t)));
  if (article) return article;
  return jsonLd.nodes.find((n) => typesOf(n).some((t) => /WebPage$/.test(t))) ?? null;
}

export function findByType(jsonLd: JsonLd, type: string): JsonLdNode | null {
  return jsonLd.nodes.find((n) => typesOf(n).includes(type)) ?? null;
}

export interface Named {
  name: string;
  isOrganization: boolean;
}

/** Names in an author/publisher value: a string, a Person/Organization, or an array of them. */
export function namesIn(jsonLd: JsonLd, value: unknown): Named[] {
  const out: Named[] = [];
  for (const raw of asArray(value)) {
    const item = jsonLd.resolve(raw);
    if (typeof item === 'string') {
      out.push({ name: item, isOrganization: false });
    } else if (isNode(item)) {
      const types = typesOf(item);
      const given = stringProp(item, 'givenName');
      const family = stringProp(item, 'familyName');
      const name = stringProp(item, 'name') ?? (given && family ? `${given} ${family}` : null);
      const isOrganization = types.some((t) => /Organization$|Corporation$|NewsMedia/.test(t));
      if (name) out.push({ name, isOrganization });
    }
  }
  return out;
}
