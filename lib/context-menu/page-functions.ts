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

/**
 * A short notice in the page's corner, saying what a menu click or the quote shortcut did (they run
 * in the background, with nothing else to show it), gone after a few seconds. In a shadow root, so
 * the page's styles neither hide nor restyle it; text only, never markup; a status for screen readers.
 */
export function showNoticeInPage(message: string): void {
  const id = 'roundup-clipper-notice';
  document.getElementById(id)?.remove();
  const host = document.createElement('div');
  host.id = id;
  host.style.cssText = 'all: initial; position: fixed; z-index: 2147483647; top: 16px; right: 16px;';
  const box = document.createElement('div');
  box.setAttribute('role', 'status');
  box.style.cssText =
    'display: block; max-width: 360px; padding: 10px 14px; border-radius: 8px; background: #1f2937; color: #fff; font: 14px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.3);';
  host.attachShadow({ mode: 'open' }).append(box);
  (document.body ?? document.documentElement).append(host);
  // Filled once in the page: a screen reader announces a status's change, not its arrival.
  setTimeout(() => {
    box.textContent = `Roundup Clipper: ${message}`;
  }, 50);
  setTimeout(() => host.remove(), 5000);
}
