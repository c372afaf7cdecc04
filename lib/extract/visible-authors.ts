// Many pages name the author only in the visible page: microdata (itemprop=author),
// rel=author links, or a byline element near the headline. Selectors are generic
// class-name conventions ("byline", "author"), never one site's markup. Related-story
// teasers repeat the same markup further down, so only the first group counts.

import { BY_VERBS } from './byline-words';
import { spacedText } from './text';

export interface VisibleAuthorSignals {
  microdata: string[];
  relAuthor: string[];
  byline: string[];
  /** A short element after the headline that reads "von Daniela Obers", "Posted by Jane Doe". */
  byParagraph: string[];
  /** A bold name alone in one of the first or the last paragraph of its block: the writer's signature line. */
  signature: string[];
  /** The name on a comment the blog marks as the post author's own reply (WordPress `bypostauthor`). */
  postAuthorComment: string[];
  /** Chinese pages sign with a label in the running text: "责任编辑：焦鹏", "(责编：牛镛、岳弘彬)". */
  labelInText: string[];
}

const HAN = /\p{Script=Han}/u;
const CHINESE_LABEL = /(?:责任编辑|责编|作者)\s*[:：]\s*(\p{Script=Han}{2,4}(?:\s*[、，,]\s*\p{Script=Han}{2,4})*)/u;

/** Only on pages titled in Han script, so other pages never pay for reading the whole text. */
function labelInText(document: Document): string[] {
  if (!document.body || !HAN.test(document.title ?? '')) return [];
  const match = CHINESE_LABEL.exec(document.body.textContent ?? '');
  return match?.[1] ? [match[1]] : [];
}

/** Comment threads: their "author" elements name readers, not the writer. */
const COMMENT_AREA = '[class*="comment" i], [id^="comment" i], [id^="respond" i]';

/** WordPress marks the post author's replies; the name sits in the comment's `fn` element. */
function postAuthorComment(document: Document): string[] {
  const comment = document.querySelector('.bypostauthor');
  const name = comment?.querySelector('.fn') ?? comment?.querySelector('[class*="comment-author" i]');
  const text = name ? spacedText(name, 80) : '';
  return text ? [text] : [];
}

/**
 * "von Daniela Obers", "Posted by Konstantin", "Geschrieben von Cooper", "Von: Götz Warnke":
 * an optional verb, a preposition, then one to four words and at most a date. Case is left
 * to the name cleaning, which keeps a login ("mitundvoneinander") and drops a sentence.
 */
/** The prepositions a byline line starts with (after an optional verb). */
const BY_LINE_WORDS = 'by|von|par|por|door|av|af';
const BY_LINE = new RegExp(
  `^(?:(?:${BY_VERBS})\\s+)?(?:${BY_LINE_WORDS})\\s*:?\\s+\\p{L}[\\p{L}.'’-]*(?:\\s+\\p{L}[\\p{L}.'’-]*){0,3}(?:\\s+(?:am|on|le|el|il|\\||·|•|/|,|-|–|@)\\s*[\\d\\p{L}].*)?$`,
  'iu',
);
const BY_LINE_TAGS = new Set(['P', 'SPAN', 'EM', 'I', 'SMALL', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'DIV']);

/** Where a byline's text starts: a by-word or a by-verb, checked before reading any element's whole text. */
const BY_LINE_START = new RegExp(`^\\s*(?:${BY_VERBS}|${BY_LINE_WORDS})(?![\\p{L}])`, 'iu');

/** The first text of an element, found by walking down first children (cheap: no subtree walk). */
function leadingText(element: Element): string {
  let node: Node | null = element.firstChild;
  for (let depth = 0; node && depth < 6; depth++) {
    if (node.nodeType === 3) {
      if (/\S/.test(node.nodeValue ?? '')) return node.nodeValue ?? '';
      node = node.nextSibling;
    } else node = node.firstChild;
  }
  return '';
}

/** The next element in document order after `element`'s subtree, within `root`. */
function nextAfter(element: Element, root: Element): Element | null {
  for (let at: Element | null = element; at && at !== root; at = at.parentElement) {
    if (at.nextElementSibling) return at.nextElementSibling;
  }
  return null;
}

/** Elements in document order from `first` on (descending into each), within `root`, at most `budget` of them. */
function* elementsFrom(first: Element | null, root: Element, budget: number): Generator<Element> {
  for (let element = first; element && budget > 0; budget--, element = element.firstElementChild ?? nextAfter(element, root)) yield element;
}

/** The first short element in the 1000 after the h1 that is nothing but a byline. */
function byLines(body: Element): string[] {
  const h1 = body.querySelector('h1');
  for (const element of elementsFrom(h1 ? nextAfter(h1, body) : body.firstElementChild, body, 1000)) {
    if (!BY_LINE_TAGS.has(element.tagName) || !BY_LINE_START.test(leadingText(element)) || element.children.length > 3) continue;
    const text = spacedText(element, 90);
    if (text.length > 80 || !BY_LINE.test(text) || element.closest(COMMENT_AREA)) continue;
    return [text];
  }
  return [];
}

const NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:van|von|de|da|\\p{Lu}[\\p{L}.'’-]*)){1,3}";
/** "Mohloai Mpesi", "Mathatisi Sebusi/Mohalenyane Phakela": names only, nothing else. */
const SIGNATURE = new RegExp(`^${NAME}(?:\\s*[/,&]\\s*${NAME})*$`, 'u');

/**
 * Papers that sign articles in the body set the name in bold as the first or last
 * paragraph ("<p><strong>Lê Phương</strong></p>"); only the first such line counts.
 */
function signatureLines(body: Element): string[] {
  for (const p of body.querySelectorAll('p')) {
    const only = p.children.length === 1 ? p.children[0] : null;
    if (!only || !/^(?:STRONG|B)$/.test(only.tagName)) continue;
    const text = spacedText(p, 80);
    if (text.length > 70 || text !== spacedText(only, 80) || !SIGNATURE.test(text)) continue;
    const siblings = [...(p.parentElement?.children ?? [])].filter((e) => e.tagName === 'P' && /[\p{L}\p{N}]/u.test(e.textContent ?? ''));
    const at = siblings.indexOf(p);
    // After at most two standfirst paragraphs, or closing the piece.
    if (siblings.length >= 3 && (at <= 2 || at === siblings.length - 1)) return [text];
  }
  return [];
}

const BYLINE_SELECTOR = [
  '[class*="byline" i]',
  '[id*="byline" i]',
  '[data-testid*="byline" i]',
  '[id*="author" i]',
  '[class*="author" i]',
  '[class*="autor" i]',
  '[class*="auteur" i]',
  '[class*="writer" i]',
  'byline',
  '[rel~="author"]',
  '[itemprop~="author"]',
  'address',
].join(', ');
const MAX_BYLINE_CHARS = 160;

function microdataName(element: Element): string {
  const named = element.querySelector('[itemprop~="name"]');
  if (named) return named.getAttribute('content') ?? spacedText(named);
  return element.getAttribute('content') ?? spacedText(element);
}

function short(text: string): boolean {
  return text.length > 1 && text.length <= MAX_BYLINE_CHARS;
}

/** The elements that share the first one's byline block (its grandparent). */
function firstGroup(elements: Element[]): Element[] {
  const first = elements[0];
  const block = first?.parentElement?.parentElement;
  if (!first || !block) return elements.slice(0, 1);
  return elements.filter((e) => block.contains(e)).slice(0, 8);
}

const PERSON = '\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\.)?\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';
const COPYRIGHT_START = /^\s*(?:©|\(c\)|copyright)/i;
/** "© 2019 Sven Schreivogel", "(c) Johannes Wolf • Weitere Rechte …": a person holding the copyright. */
const COPYRIGHT_HOLDER = new RegExp(
  `^(?:©|\\([cC]\\)|[cC]opyright)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?,?\\s*)?(?:by\\s+)?(${PERSON})(?:\\s*[•|·,.;:].*)?$`,
  'u',
);
/** Legal forms mark a company holding the copyright, not a person. */
const LEGAL_FORM = /\s(?:gmbh|ag|kg|ug|inc|ltd|llc|plc|corp|sa|sas|sarl|srl|bv|nv|ab|as|oy|se)$/i;
const COPYRIGHT_TAGS = new Set(['P', 'SMALL', 'SPAN', 'DIV', 'LI', 'FOOTER', 'TD']);

/**
 * A personal site often signs only its footer. Read last, and only when nothing else
 * names a person, since it walks the whole page.
 */
export function copyrightHolder(document: Document): string[] {
  const body = document.body;
  if (!body) return [];
  for (const element of elementsFrom(body.firstElementChild, body, 5000)) {
    if (!COPYRIGHT_TAGS.has(element.tagName) || !COPYRIGHT_START.test(leadingText(element))) continue;
    const name = COPYRIGHT_HOLDER.exec(spacedText(element, 120))?.[1];
    // A caption's copyright is the photographer's.
    if (name && !LEGAL_FORM.test(name) && !element.closest('figure, figcaption, [class*="caption" i]')) return [name];
  }
  return [];
}

export function visibleAuthorSignals(document: Document): VisibleAuthorSignals {
  const microdataElements = [...document.querySelectorAll('[itemprop~="author"], [itemprop~="creator"]')].filter(
    (e) => e.tagName !== 'META' && e.tagName !== 'LINK',
  );
  const microdata = firstGroup(microdataElements).map(microdataName).filter(short);
  const relAuthor = firstGroup([...document.querySelectorAll('a[rel~="author"]')])
    .map((a) => spacedText(a))
    .filter(short);
  // The first byline after the headline, in document order; before it come menus.
  const byline: string[] = [];
  const body = document.body;
  if (body) {
    const h1 = body.querySelector('h1');
    let afterHeadline = h1 === null;
    let considered = 0;
    // A byline just above the headline, in the headline's own block, counts too (date, author, then h1).
    const headlineBlock = h1?.parentElement?.parentElement ?? null;
    for (const element of body.querySelectorAll(`h1, ${BYLINE_SELECTOR}`)) {
      if (element.tagName === 'H1') {
        afterHeadline = true;
        continue;
      }
      const inHeadlineBlock = headlineBlock !== null && headlineBlock !== body && body.contains(headlineBlock) && headlineBlock.contains(element);
      if (!afterHeadline && !(inHeadlineBlock && !element.closest('nav'))) continue;
      // Comment threads repeat "author" markup many times: give up after a few candidates.
      if (++considered > 12) break;
      if (element.closest(COMMENT_AREA)) continue;
      const text = spacedText(element);
      if (short(text)) byline.push(text);
      if (byline.length >= 3) break;
    }
  }
  return {
    microdata,
    relAuthor,
    byline,
    byParagraph: body ? byLines(body) : [],
    signature: body ? signatureLines(body) : [],
    postAuthorComment: postAuthorComment(document),
    labelInText: labelInText(document),
  };
}
