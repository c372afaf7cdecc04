/** How long an edit may wait before it is written (tests wait a little longer). */
export const DRAFT_SAVE_DELAY_MS = 250;

/**
 * Saves the latest form at most `delayMs` after the first unsaved keystroke.
 * Unlike a debounce, steady typing cannot postpone the write: the popup can
 * close at any moment when focus leaves it.
 */
export interface DraftSaver<T> {
  schedule(value: T): void;
  /** Writes any pending value now (on pagehide); resolves when it is stored. */
  flush(): Promise<void>;
  cancel(): void;
}

export function createDraftSaver<T>(save: (value: T) => Promise<void>, onError: (error: unknown) => void, delayMs = DRAFT_SAVE_DELAY_MS): DraftSaver<T> {
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = async () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    try {
      await save(value);
    } catch (error) {
      onError(error);
    }
  };

  return {
    schedule(value) {
      pending = { value };
      timer ??= setTimeout(() => void flush(), delayMs);
    },
    flush,
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
