import { useLayoutEffect } from 'preact/hooks';
import type { SaveScheduler } from '@/lib/saving/save-scheduler';

/**
 * The one way an editor saves as the editor types. `saving` (from `createSaveScheduler`)
 * starts a save at most 250 ms after the first unsaved change; this hook covers the
 * moments the page or the editor may be gone before that timer fires:
 *
 * - `pagehide`, and `visibilitychange` to hidden: `saving.flushOnUnload()`, which hands
 *   the unsaved value to the scheduler's `persistPending` hook, then starts the save;
 * - unmount (or a new `saving`): `saving.flush()`; the page lives on, so the save can finish.
 *
 * In every case `save` has been called before the handler returns. Returns `saving`.
 */
export function useSaveAsYouType<T>(saving: SaveScheduler<T>): SaveScheduler<T> {
  // A layout effect: its cleanup runs during unmount itself, where Preact 11 defers a
  // passive effect's cleanup until after paint; and the listeners are in place before
  // the editor can be typed in.
  useLayoutEffect(() => {
    const onPageHide = () => void saving.flushOnUnload();
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') void saving.flushOnUnload();
    };
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibilityChange);
      void saving.flush();
    };
  }, [saving]);
  return saving;
}
