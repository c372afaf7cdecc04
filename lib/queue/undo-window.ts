/**
 * How long a deleted clip can be brought back. The issue asks for at least ten
 * seconds; a little more leaves time to notice. Until it has passed the clip is
 * only hidden, so closing the popup destroys nothing.
 */
export const UNDO_MS = 15_000;

export function undoExpired(deletedAt: number, now: number): boolean {
  return now - deletedAt >= UNDO_MS;
}

/** Milliseconds of Undo left, never negative. */
export function undoRemaining(deletedAt: number, now: number): number {
  return Math.max(0, UNDO_MS - (now - deletedAt));
}
