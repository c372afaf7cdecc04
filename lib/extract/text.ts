// Page strings arrive with stray entities (double-encoded meta content), NBSPs and
// newlines from templates; every signal goes through these helpers so that two
// signals saying the same thing compare equal.

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  ouml: 'ö',
  uuml: 'ü',
  auml: 'ä',
  szlig: 'ß',
  ccedil: 'ç',
  pound: '£',
  euro: '€',
};

/** Decodes the entities a parser left behind (e.g. `&amp;#8217;` read as `&#8217;`). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * The bidi embedding, override and isolate controls (U+202A–202E, U+2066–2069):
 * invisible in the form, they reorder whatever follows them in the issue, so a
 * title could show one text and carry another (issue #9). Marks (LRM, RLM, ALM)
 * and every other character are kept.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** Page text without bidi embedding, override and isolate controls; nothing else changes. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Collapses runs of whitespace (including NBSP and zero-width spaces) to one space; drops bidi controls
 * and the invisible soft hyphen and word joiner ("–\u2060 Magisk"), which only steer line breaking. */
export function collapseWhitespace(text: string): string {
  return stripBidiControls(text)
    .replace(/[\u00ad\u2060]/g, '')
    .replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/g, ' ')
    .trim();
}

/** Decodes, strips any markup and collapses whitespace: the plain form of a page string. */
export function plainText(text: string | null | undefined): string {
  if (!text) return '';
  return collapseWhitespace(decodeEntities(text.replace(/<[^>]*>/g, ' ')));
}

/** The visible text of an element, collapsed. */
export function elementText(element: Element | null | undefined): string {
  return element ? collapseWhitespace(element.textContent ?? '') : '';
}

/** Letters and digits only, lowercased, accents removed: the key two spellings share. */
export function compactKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Lowercase words of a string, for token overlap. */
export function wordsOf(text: string): string[] {
  return compactWords(text).filter((w) => w.length > 0);
}

function compactWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u);
}

/** Trims to at most `max` characters at a word boundary, adding an ellipsis when cut. */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * Text of an element with a space between child nodes, so that a byline built of
 * separate elements ("<a>Jane Doe</a><span>Published …</span>") does not run together.
 */
export function spacedText(element: Element | null | undefined, limit = 400): string {
  if (!element) return '';
  const pieces: string[] = [];
  let length = 0;
  const stack: Node[] = [element];
  while (stack.length > 0 && length < limit) {
    const node = stack.pop();
    if (!node) break;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      // Adjacent text nodes are one run of text ("&Uuml;ber" may parse as "Ü" + "ber").
      if (node.previousSibling?.nodeType === 3 && pieces.length > 0) pieces[pieces.length - 1] += value;
      else pieces.push(value);
      length += value.length;
    } else if (node.nodeType === 1 && !/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i.test((node as Element).tagName)) {
      // childNodes is rebuilt on every access in some DOMs (linkedom): read it once.
      const children = [...node.childNodes];
      for (let i = children.length - 1; i >= 0; i--) {
        const child = children[i];
        if (child) stack.push(child);
      }
    }
  }
  return collapseWhitespace(pieces.join(' '));
}
