// Readability is one signal among several and the slowest step, so it runs on a
// clone (the page must never change under the reader), only when asked, only on
// pages small enough, and never lets an exception escape.

import { Readability } from '@mozilla/readability';

export interface ReadabilitySignal {
  title: string;
  byline: string;
  siteName: string;
  excerpt: string;
  textContent: string;
  publishedTime: string;
}

/** Above this many elements the full parse is skipped (it is superlinear on huge pages). */
export const MAX_ELEMENTS_FOR_READABILITY = 15_000;

export function countElements(document: Document): number {
  // linkedom answers getElementsByTagName('*') with an empty list.
  const fast = document.getElementsByTagName('*').length;
  return fast > 0 ? fast : document.querySelectorAll('*').length;
}

export function runReadability(document: Document, elementCount: number): ReadabilitySignal | null {
  if (elementCount > MAX_ELEMENTS_FOR_READABILITY) return null;
  try {
    const clone = document.cloneNode(true) as Document;
    const article = new Readability(clone, { maxElemsToParse: MAX_ELEMENTS_FOR_READABILITY }).parse();
    if (!article) return null;
    return {
      title: article.title ?? '',
      byline: article.byline ?? '',
      siteName: article.siteName ?? '',
      excerpt: article.excerpt ?? '',
      textContent: article.textContent ?? '',
      publishedTime: article.publishedTime ?? '',
    };
  } catch {
    return null;
  }
}
