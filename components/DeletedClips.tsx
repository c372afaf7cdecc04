import { useEffect, useState } from 'preact/hooks';
import type { Clip } from '@/lib/model/clip';
import { clipTitle } from '@/lib/queue/clip-summary';
import { undoRemaining } from '@/lib/queue/undo-window';
import type { QueueState } from './queue-state';

/**
 * Undo for each clip deleted in the last few seconds. The window is counted
 * from the stored deletion time, so it survives the popup closing and reopening.
 */
export function DeletedClips({ deleted, state, now = Date.now }: { deleted: Clip[]; state: QueueState; now?: () => number }) {
  const [, tick] = useState(0);
  const open = deleted.flatMap((clip) => {
    const remaining = clip.deletedAt ? undoRemaining(clip.deletedAt, now()) : 0;
    return remaining > 0 ? [{ clip, remaining }] : [];
  });
  useEffect(() => {
    if (open.length === 0) return;
    const timer = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, [open.length]);
  if (open.length === 0) return null;
  return (
    <ul class="deleted" aria-label="Recently deleted">
      {open.map(({ clip, remaining }) => (
        <li key={clip.id} role="status">
          Deleted “{clipTitle(clip)}”.{' '}
          <button type="button" onClick={() => void state.restore(clip.id)} aria-label={`Undo delete of ${clipTitle(clip)}`}>
            Undo
          </button>{' '}
          <span class="muted">({Math.ceil(remaining / 1000)} s)</span>
        </li>
      ))}
    </ul>
  );
}
