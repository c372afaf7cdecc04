// The excerpt seeds the clip's commentary, so it must be plain text and short: the
// page's own description when it has one, else the first real paragraph.

import { elementText, plainText, truncateAtWord } from './text';

export const EXCERPT_MAX_CHARS = 300;

export function chooseExcerpt(descriptions: readonly (string | null | undefined)[], document: Document): string {
  for (const description of descriptions) {
    const text = plainText(description);
    if (text.length >= 20) return truncateAtWord(text, EXCERPT_MAX_CHARS);
  }
  const paragraphs = document.querySelectorAll('article p, main p, p');
  for (let i = 0; i < paragraphs.length && i < 60; i++) {
    const text = elementText(paragraphs[i]);
    if (text.length >= 80) return truncateAtWord(text, EXCERPT_MAX_CHARS);
  }
  return '';
}
