import type { Clip } from '../model/clip';

/** How a queued clip introduces itself: its first title (or its text's first line) and attribution. */
export function clipTitle(clip: Pick<Clip, 'links' | 'commentary'>): string {
  return clip.links[0]?.title || firstLine(clip.commentary) || 'Untitled';
}

export function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.trim() ?? '';
}

/** The accessible name of a queue entry: starts with the title, then the attribution. */
export function clipName(clip: Pick<Clip, 'links' | 'commentary'>): string {
  const attribution = clip.links[0]?.attribution;
  return attribution ? `${clipTitle(clip)}, ${attribution}` : clipTitle(clip);
}
