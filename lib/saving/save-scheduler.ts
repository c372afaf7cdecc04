/** How long an edit may wait before it is written (tests wait a little longer). */
export const DRAFT_SAVE_DELAY_MS = 250;

/** Stores one value of an editor: a draft, a clip edit, the fields, the template. */
export type Save<T> = (value: T) => Promise<void>;

export interface SaveSchedulerOptions<T> {
  /** The longest a typed change waits before its save starts. */
  delayMs?: number;
  /**
   * Extension point for edits that must outlive the page. Called on unload
   * (`flushOnUnload`: pagehide, hidden) with the unsaved value, synchronously and
   * before `save` starts. It must do its work in the same tick, e.g. one IndexedDB
   * `put` of a pending-edit record that is applied to the clip or issue later: a
   * closing popup may not live long enough for `save`'s own transaction to finish.
   * `save` then supersedes the record (and is the place to delete it, in its own
   * transaction). Throwing is reported through `onError`; `save` still starts.
   * Not called by `flush`: on unmount or a structural action the page lives on.
   */
  persistPending?: (value: T) => void;
}

/**
 * Saves the latest value of an editor at most `delayMs` after the first unsaved
 * change. Unlike a debounce, steady typing cannot postpone the write: the popup
 * can close at any moment when focus leaves it.
 *
 * Every method that writes calls `save` before it returns, with no await in
 * between, so a page that is going away has already started its write.
 */
export interface SaveScheduler<T> {
  /** Remembers the latest value; its save starts within `delayMs` of the first unsaved change. */
  schedule(value: T): void;
  /** Starts the pending save now; resolves once it, and any save still running, has settled. */
  flush(): Promise<void>;
  /** The page is going away: hands the pending value to `persistPending`, then flushes. */
  flushOnUnload(): Promise<void>;
  /** Drops the pending value (it was stored some other way). */
  cancel(): void;
}

export function createSaveScheduler<T>(save: Save<T>, onError: (error: unknown) => void, options: SaveSchedulerOptions<T> = {}): SaveScheduler<T> {
  const { delayMs = DRAFT_SAVE_DELAY_MS, persistPending } = options;
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();

  const stopTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  /** Calls `save` in this tick; a save that throws before returning a promise is reported too. */
  const start = (value: T): Promise<void> => {
    let write: Promise<void>;
    try {
      write = save(value);
    } catch (error) {
      write = Promise.reject(error);
    }
    return write.then(() => {}, onError);
  };

  const flush = (): Promise<void> => {
    stopTimer();
    if (pending) {
      const { value } = pending;
      pending = null;
      const write = start(value);
      running = Promise.all([running, write]).then(() => {});
    }
    return running;
  };

  return {
    schedule(value) {
      pending = { value };
      timer ??= setTimeout(() => void flush(), delayMs);
    },
    flush,
    flushOnUnload() {
      if (pending && persistPending) {
        try {
          persistPending(pending.value);
        } catch (error) {
          onError(error);
        }
      }
      return flush();
    },
    cancel() {
      stopTimer();
      pending = null;
    },
  };
}
