import { useEffect, useRef } from 'preact/hooks';
import type { AddedState } from './clip-session';
import { clipCount } from './IssueHeader';

interface Props {
  added: AddedState;
  issueNumber: number;
  onUndo: () => void;
}

export function AddedConfirmation({ added, issueNumber, onUndo }: Props) {
  const undoRef = useRef<HTMLButtonElement>(null);
  // Focus Undo so a mistaken Ctrl+Enter can be taken back with Enter.
  useEffect(() => undoRef.current?.focus(), []);
  return (
    <section class="added" aria-label="Clip added">
      <div role="status">
        <p>{added.message}</p>
        <p>
          Issue #{issueNumber} now holds {clipCount(added.count)}.
        </p>
      </div>
      <button ref={undoRef} type="button" onClick={onUndo}>
        Undo
      </button>
    </section>
  );
}
