import { useEffect, useRef, useState } from 'preact/hooks';
import { ageLabel, draftPage, draftTitle } from '@/lib/queue/draft-summary';
import type { QueueState } from './queue-state';
import { useLiveQuery } from './use-live-query';

const MINUTE = 60_000;

/**
 * Clip drafts the editor typed into but never added (the popup closed first):
 * each with its page, how old it is, Open (the page in a new tab, where the
 * popup finds the draft again) and Discard, which Undo reverses.
 */
export function UnfinishedDrafts({ state, now = Date.now }: { state: QueueState; now?: () => number }) {
  const drafts = useLiveQuery(() => state.watchDrafts(), [state], state.showError) ?? [];
  const discarded = state.discardedDraft.value;
  const undoButton = useRef<HTMLButtonElement>(null);
  const [, tick] = useState(0);
  // Ages are in minutes at best: a slow tick keeps "2 min ago" true while the Queue stays open.
  useEffect(() => {
    if (drafts.length === 0) return;
    const timer = setInterval(() => tick((n) => n + 1), MINUTE);
    return () => clearInterval(timer);
  }, [drafts.length]);
  // After Discard, focus moves to its Undo, as after Delete.
  useEffect(() => {
    if (discarded) undoButton.current?.focus();
  }, [discarded]);
  if (drafts.length === 0 && !discarded) return null;
  const at = now();
  return (
    <section class="drafts" aria-labelledby="unfinished-drafts">
      <h2 id="unfinished-drafts">Unfinished drafts ({drafts.length})</h2>
      {discarded && (
        <p class="muted">
          <span role="status">Discarded the draft of “{draftTitle(discarded)}”.</span>{' '}
          <button type="button" ref={undoButton} onClick={() => void state.undoDiscardDraft()} aria-label={`Undo discard of ${draftTitle(discarded)}`}>
            Undo
          </button>
        </p>
      )}
      <ul aria-label="Unfinished drafts">
        {drafts.map((draft) => {
          const title = draftTitle(draft);
          const page = draftPage(draft);
          return (
            <li key={draft.key} aria-label={title}>
              <strong>{title}</strong> <span class="muted">{page}</span> <span class="muted">· {ageLabel(draft.updatedAt, at)}</span>{' '}
              {state.openPage && (
                <button type="button" onClick={() => state.openPage?.(page)} aria-label={`Open ${title}`}>
                  Open
                </button>
              )}{' '}
              <button type="button" onClick={() => void state.discardDraft(draft)} aria-label={`Discard draft ${title}`}>
                Discard
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
