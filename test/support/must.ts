/** `value`, or a failing test that names what was missing: what a `!` would have hidden. */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Expected ${what}, found none.`);
  return value;
}
