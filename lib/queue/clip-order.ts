/**
 * Order within a section is a list; positions are its 1-based indexes. A move
 * rewrites the positions of the sections it touches (tens of clips at most),
 * which keeps keys small and exact instead of halving gaps forever.
 */

/** `ids` with `id` taken out and put back at `index` (clamped); `id` is added if absent. */
export function placeAt(ids: readonly number[], id: number, index: number): number[] {
  const rest = ids.filter((x) => x !== id);
  const at = Math.max(0, Math.min(index, rest.length));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

/** The new index of `id` after moving it `delta` places, or null when it is already at that end. */
export function shiftedIndex(ids: readonly number[], id: number, delta: number): number | null {
  const from = ids.indexOf(id);
  if (from === -1) return null;
  const to = from + delta;
  return to < 0 || to >= ids.length ? null : to;
}

/** Position keys for an ordered list: 1, 2, 3… */
export function positionsOf(ids: readonly number[]): Map<number, number> {
  return new Map(ids.map((id, i) => [id, i + 1]));
}

/** Clips sorted by their section's place in `sectionOrder` (unknown sections last), then by position. */
export function inQueueOrder<T extends { section: string; position: number }>(clips: T[], sectionOrder: readonly string[]): T[] {
  const rank = (section: string) => {
    const i = sectionOrder.indexOf(section);
    return i === -1 ? sectionOrder.length : i;
  };
  return clips.sort((a, b) => rank(a.section) - rank(b.section) || a.position - b.position);
}
