import { useEffect, useRef, useState } from 'preact/hooks';
import type { Clip } from '@/lib/model/clip';
import { clipTitle } from '@/lib/queue/clip-summary';
import { undoRemaining } from '@/lib/queue/undo-window';
import type { QueueState } from './queue-state';

/** What happened to a clip deleted in the last few seconds, and how Undo names itself. */
function deletion(clip: Clip): { message: string; undoLabel: string } {
  const title = clipTitle(clip);
  if (!clip.mergedInto) return { message: `Deleted “${title}”.`, undoLabel: `Undo delete of ${title}` };
  return { message: `Merged “${title}” into “${clipTitle(clip.mergedInto.before)}”.`, undoLabel: `Undo merge of ${title}` };
}

/**
 * Undo for each clip deleted (or merged into another) in the last few seconds.
 * The window is counted from the stored deletion time, so it survives the popup
 * closing and reopening.
 */
export function DeletedClips({ deleted, state, now = Date.now }: { deleted: Clip[]; state: QueueState; now?: () => number }) {
  const [, tick] = useState(0);
  const undoButtons = useRef(new Map<number, HTMLButtonElement>());
  const focusId = state.focusId.value;
  const open = deleted.flatMap((clip) => {
    const remaining = clip.deletedAt ? undoRemaining(clip.deletedAt, now()) : 0;
    return remaining > 0 ? [{ clip, remaining }] : [];
  });
  useEffect(() => {
    if (open.length === 0) return;
    const timer = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, [open.length]);
  // After Delete, focus moves to that clip's Undo, so the keyboard can take it back at once.
  useEffect(() => {
    const button = focusId === null ? undefined : undoButtons.current.get(focusId);
    if (button && document.activeElement !== button) button.focus();
  }, [focusId, deleted]);
  if (open.length === 0) return null;
  return (
    <ul class="deleted" aria-label="Recently deleted">
      {open.map(({ clip, remaining }) => {
        const { message, undoLabel } = deletion(clip);
        return (
          <li key={clip.id}>
            {/* Only the message is live: the countdown changes every second and is not re-announced. */}
            <span role="status">{message}</span>{' '}
            <button
              type="button"
              ref={(el) => {
                if (el) undoButtons.current.set(clip.id, el);
                else undoButtons.current.delete(clip.id);
              }}
              onClick={() => void (clip.mergedInto ? state.undoMerge(clip.id) : state.restore(clip.id))}
              aria-label={undoLabel}
            >
              Undo
            </button>{' '}
            <span class="muted" aria-hidden="true">
              ({Math.ceil(remaining / 1000)} s)
            </span>
          </li>
        );
      })}
    </ul>
  );
}
