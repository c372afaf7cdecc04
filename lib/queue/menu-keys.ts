/**
 * Where focus goes in an open menu for a key (WAI-ARIA menu button pattern): the arrows move
 * and wrap, Home and End jump to the ends. `null` for any other key, which the menu leaves alone.
 */
export function menuFocusTarget(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : (current + 1) % count;
    case 'ArrowUp':
      return current < 0 ? count - 1 : (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
