// These run inside the page, injected with `scripting.executeScript({ func })`: the
// browser sends their source text, so they use nothing but their arguments and the page.

/** The page's selection with its line breaks (the menu's `selectionText` folds them into spaces). */
export function selectionInPage(): string {
  return globalThis.getSelection?.()?.toString() ?? '';
}

/** The text of the first link to `url` (Chromium's menu click does not report it); an image link's alt. */
export function linkTextInPage(url: string): string {
  for (const anchor of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
    if (anchor.href !== url) continue;
    return anchor.textContent?.trim() || anchor.getAttribute('aria-label') || anchor.querySelector('img')?.alt || '';
  }
  return '';
}
