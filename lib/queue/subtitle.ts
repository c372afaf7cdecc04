import type { Clip } from '../model/clip';

/** The issue's subtitle: the labels marked "In subtitle", in issue order, "; "-joined (format doc section 1). */
export function subtitleLine(clipsInIssueOrder: readonly Pick<Clip, 'label' | 'inSubtitle'>[]): string {
  return clipsInIssueOrder
    .filter((c) => c.inSubtitle && c.label.trim())
    .map((c) => c.label.trim())
    .join('; ');
}
