type ExtensionPage = 'issue' | 'archive' | 'options';

const PAGES: Record<ExtensionPage, { href: string; label: string }> = {
  issue: { href: '/issue.html', label: 'This week’s issue' },
  archive: { href: '/archive.html', label: 'Archive' },
  // The options page (the template editor) is otherwise only reachable through the browser's extensions page (issue #13).
  options: { href: '/options.html', label: 'Options' },
};

/**
 * Links between the extension's own pages, in a page's header. From the popup they open in a
 * tab of their own (`newTab`), since the popup closes as soon as focus leaves it.
 */
export function PageLinks({ pages, newTab = false }: { pages: readonly ExtensionPage[]; newTab?: boolean }) {
  return (
    <nav class="page-links" aria-label="Extension pages">
      {pages.map((page) => (
        <a key={page} href={PAGES[page].href} {...(newTab ? { target: '_blank', rel: 'noopener' } : {})}>
          {PAGES[page].label}
        </a>
      ))}
    </nav>
  );
}
