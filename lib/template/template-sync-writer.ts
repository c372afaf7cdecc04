import type { StampedTemplate } from '../model/setting';
import type { SaveScheduler } from '../saving/save-scheduler';
import { SYNC_INTERVAL_MS, type SyncArea, writeSyncedTemplate } from './template-sync';

/** The time and timers the writer runs on: the page's own, or a test's hand-driven clock. */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

/**
 * Copies the template to storage.sync within its write quotas. Not
 * `createSaveScheduler`: that one waits a fixed time after an edit, where this
 * spaces writes `intervalMs` apart counted from the last write, so the first
 * edit after a quiet spell is copied at once and steady typing costs one write
 * per interval. The latest value wins; `flush` (unmount, pagehide) writes it now.
 * `onResult` hears null after each copy, or the error.
 */
export function createTemplateSyncWriter(
  area: SyncArea,
  clock: Clock,
  onResult: (error: unknown) => void,
  intervalMs: number = SYNC_INTERVAL_MS,
): SaveScheduler<StampedTemplate> {
  let pending: StampedTemplate | null = null;
  let timer: unknown = null;
  let lastWrite = Number.NEGATIVE_INFINITY;
  let running: Promise<void> = Promise.resolve();

  const write = (): Promise<void> => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    if (!pending) return running;
    const value = pending;
    pending = null;
    lastWrite = clock.now();
    const copy = writeSyncedTemplate(area, value).then(
      () => onResult(null),
      (error: unknown) => onResult(error),
    );
    running = Promise.all([running, copy]).then(() => {});
    return running;
  };

  return {
    schedule(value) {
      pending = value;
      if (timer !== null) return;
      const wait = lastWrite + intervalMs - clock.now();
      if (wait <= 0) void write();
      else timer = clock.setTimeout(() => void write(), wait);
    },
    flush: write,
    flushOnUnload: write,
    cancel() {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
