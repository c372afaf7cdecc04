import { parseHTML } from 'linkedom';
import type { IssueDocument, IssueLink } from '@/lib/roundup';

/** Every header link of every link item, in issue order. */
export function headerLinks(doc: IssueDocument): IssueLink[] {
  return doc.sections.flatMap((section) => section.items.flatMap((item) => (item.kind === 'link' ? item.links : [])));
}

/** The anchors of an HTML page as (text, href) pairs, in order. */
export function anchors(html: string): { text: string; href: string }[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return [...document.querySelectorAll('a')].map((a) => ({ text: a.textContent ?? '', href: a.getAttribute('href') ?? '' }));
}

/** A URL with every decodable run of %XX decoded, so encoded and raw forms compare equal. */
export function decodedUrl(url: string): string {
  return url.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/**
 * The links of `expected` that are missing from `found`, matched in order
 * (commentary may hold other anchors between them).
 */
export function missingLinks(
  expected: readonly IssueLink[],
  found: readonly { text: string; href: string }[],
  sameText: (a: string, b: string) => boolean = (a, b) => a === b,
): IssueLink[] {
  const missing: IssueLink[] = [];
  let at = 0;
  for (const link of expected) {
    const index = found.findIndex((a, i) => i >= at && sameText(a.text, link.title) && decodedUrl(a.href) === decodedUrl(link.url));
    if (index < 0) missing.push(link);
    else at = index + 1;
  }
  return missing;
}
