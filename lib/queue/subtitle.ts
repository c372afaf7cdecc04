import type { Clip } from '../model/clip';

/** The issue's subtitle: the labels marked "In subtitle", in issue order, "; "-joined (format doc section 1). */
export function subtitleLine(clipsInIssueOrder: readonly Pick<Clip, 'label' | 'inSubtitle'>[]): string {
  return clipsInIssueOrder
    .filter((c) => c.inSubtitle && c.label.trim())
    .map((c) => c.label.trim())
    .join('; ');
}

/** The subtitle fields of a clip being edited. */
export interface SubtitleChoice {
  label: string;
  inSubtitle: boolean;
  /** The checkbox is the editor's: it was ticked once by typing a label, or set by hand. */
  inSubtitleChosen: boolean;
}

/**
 * A stored clip's subtitle fields. Older clips have no `inSubtitleChosen`: a
 * label or a tick means the choice was made already.
 */
export function subtitleChoiceOf(clip: Pick<Clip, 'label' | 'inSubtitle' | 'inSubtitleChosen'>): SubtitleChoice {
  return { label: clip.label, inSubtitle: clip.inSubtitle, inSubtitleChosen: clip.inSubtitleChosen ?? (clip.inSubtitle || clip.label.trim() !== '') };
}

/**
 * Typing into the label: the first label typed into an empty field ticks "In
 * subtitle", once; after that the checkbox is left as the editor set it.
 */
export function typeSubtitleLabel(choice: SubtitleChoice, label: string): SubtitleChoice {
  if (!choice.inSubtitleChosen && choice.label.trim() === '' && label.trim() !== '') {
    return { label, inSubtitle: true, inSubtitleChosen: true };
  }
  return { ...choice, label };
}

/** The editor sets the checkbox: from now on it is theirs. */
export function setInSubtitle(choice: SubtitleChoice, inSubtitle: boolean): SubtitleChoice {
  return { ...choice, inSubtitle, inSubtitleChosen: true };
}
