import type { IssueLink } from './issue-document';
import { destinationMarkdown, linkTextMarkdown } from './written-form';

/**
 * `[title](url) - attribution` lines, every one but the last ending in `<br/>`.
 * A link read from an old issue is written in its own `form` (see `HeaderForm`).
 */
export function renderHeaderLines(links: readonly IssueLink[]): string {
  return links
    .map(({ title, url, attribution, form = {} }, i) => {
      const strong = form.strong ? '**' : '';
      const link = `${form.before ?? ''}${strong}[${linkTextMarkdown(title, form.text, url)}](${destinationMarkdown(url, form.destination)})${strong}`;
      const line = attribution || form.separator ? `${link}${form.separator ?? ' - '}${attribution}` : link;
      return i < links.length - 1 ? `${line}${form.lineEnd ?? '<br/>\n'}` : line;
    })
    .join('');
}
