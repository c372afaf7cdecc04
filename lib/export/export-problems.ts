import type { Clip } from '../model/clip';
import { clipTitle } from '../queue/clip-summary';
import { urlKey } from '../url/url-key';

/** Something in the issue that would embarrass the editor once sent; `clipId` lets the UI jump to it. */
export interface ExportProblem {
  message: string;
  clipId?: number;
  /** A note is worth knowing but not wrong. */
  note?: boolean;
}

/**
 * The checks before export, in issue order: missing commentary, empty titles,
 * link items without attribution, the same page twice. An empty section is not
 * a problem: it is simply left out of the export, and the Queue shows it empty
 * (issue #13). markdownlint's findings are added separately, as they need the rendered text.
 */
export function exportProblems(clipsInOrder: readonly Clip[]): ExportProblem[] {
  const problems: ExportProblem[] = [];
  const seen = new Map<string, string>();
  for (const clip of clipsInOrder) {
    const id = clip.id;
    const name = `“${clipTitle(clip)}” (${clip.section})`;
    if (!clip.commentary.trim()) problems.push({ message: `${name} has no ${clip.kind === 'link' ? 'commentary' : 'text'}.`, clipId: id });
    if (clip.kind !== 'link') continue;
    clip.links.forEach((link, i) => {
      const which = clip.links.length > 1 ? ` (link ${i + 1})` : '';
      if (!link.title.trim()) problems.push({ message: `${name}${which} has an empty title.`, clipId: id });
      if (!link.attribution.trim()) problems.push({ message: `${name}${which} has no attribution.`, clipId: id });
      const key = urlKey(link.url);
      const first = seen.get(key);
      if (first) problems.push({ message: `${name} links to the same page as ${first}.`, clipId: id });
      else seen.set(key, name);
    });
  }
  return problems;
}
