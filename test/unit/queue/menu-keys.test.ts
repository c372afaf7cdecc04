import { describe, expect, it } from 'vitest';
import { menuFocusTarget } from '@/lib/queue/menu-keys';

describe('menuFocusTarget', () => {
  it('moves with the arrows and wraps at both ends', () => {
    expect(menuFocusTarget('ArrowDown', 0, 3)).toBe(1);
    expect(menuFocusTarget('ArrowDown', 2, 3)).toBe(0);
    expect(menuFocusTarget('ArrowUp', 0, 3)).toBe(2);
    expect(menuFocusTarget('ArrowUp', 2, 3)).toBe(1);
  });
  it('jumps to the ends with Home and End', () => {
    expect(menuFocusTarget('Home', 2, 3)).toBe(0);
    expect(menuFocusTarget('End', 0, 3)).toBe(2);
  });
  it('starts from the first (↓) or last (↑) item when none has focus', () => {
    expect(menuFocusTarget('ArrowDown', -1, 3)).toBe(0);
    expect(menuFocusTarget('ArrowUp', -1, 3)).toBe(2);
  });
  it('leaves other keys, and an empty menu, alone', () => {
    expect(menuFocusTarget('Enter', 0, 3)).toBeNull();
    expect(menuFocusTarget('ArrowDown', 0, 0)).toBeNull();
  });
});
