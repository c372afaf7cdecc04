/** `items` with the one at `from` moved to `to`; an unchanged copy when either is out of range. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const moving = items[from];
  if (moving === undefined || to < 0 || to >= items.length) return [...items];
  const rest = items.filter((_, i) => i !== from);
  return [...rest.slice(0, to), moving, ...rest.slice(to)];
}
