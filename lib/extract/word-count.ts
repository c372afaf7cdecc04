// Word count without running Readability: walk the text of the article container
// (article body microdata, <article>, <main>, else <body>), skipping chrome such as
// scripts, navigation and footers. Iterative, so deep pages cannot overflow the stack.

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON', 'SVG', 'IFRAME', 'SELECT']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Words in a text; CJK characters count one each since those scripts use no spaces. */
export function countWords(text: string): number {
  const cjk = text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g)?.length ?? 0;
  const spaced = text
    .replace(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return cjk + spaced;
}

function contentRoot(document: Document): Element | null {
  const candidates = [...document.querySelectorAll('[itemprop~="articleBody"], article, main, [role="main"]')];
  let best: Element | null = null;
  let bestLength = 0;
  for (const element of candidates.slice(0, 20)) {
    const length = element.textContent?.length ?? 0;
    if (length > bestLength) {
      best = element;
      bestLength = length;
    }
  }
  return bestLength > 200 ? best : document.body;
}

export function estimateWordCount(document: Document): number {
  const root = contentRoot(document);
  if (!root) return 0;
  let words = 0;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    if (node.nodeType === TEXT_NODE) {
      words += countWords(node.nodeValue ?? '');
    } else if (node.nodeType === ELEMENT_NODE && !SKIPPED.has((node as Element).tagName.toUpperCase())) {
      const children = node.childNodes;
      for (let i = children.length - 1; i >= 0; i--) {
        const child = children[i];
        if (child) stack.push(child);
      }
    }
  }
  return words;
}
