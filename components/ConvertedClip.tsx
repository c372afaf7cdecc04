import { useEffect } from 'preact/hooks';
import { UNDO_MS } from '@/lib/queue/undo-window';
import type { QueueState } from './queue-state';

/**
 * After a move converted a clip (into a section of briefs, or out of one):
 * what happened, and Undo, which puts it back where and as it was. Offered
 * for as long as a delete's Undo.
 */
export function ConvertedClip({ state }: { state: QueueState }) {
  const converted = state.converted.value;
  useEffect(() => {
    if (!converted) return;
    const timer = setTimeout(state.dismissConversion, UNDO_MS);
    return () => clearTimeout(timer);
  }, [converted, state]);
  if (!converted) return null;
  return (
    <p class="converted" role="status">
      {converted.message}{' '}
      <button type="button" onClick={() => void state.undoConversion()}>
        Undo
      </button>
    </p>
  );
}
