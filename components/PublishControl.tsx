import { useId, useState } from 'preact/hooks';
import { type ExportCheck, publishRefusal } from '@/lib/export/check-export';
import type { Issue } from '@/lib/model/issue';

interface Props {
  issue: Issue;
  /** The checked export, as shown: its errors refuse Publish. */
  check: ExportCheck;
  /** Publishes the issue as typed, checked again at that moment (`IssuePageState.publish`). */
  onPublish: () => Promise<Issue | null>;
}

/** "Publish issue #N", confirmed in place: publishing freezes the issue and starts the next one. */
export function PublishControl({ issue, check, onPublish }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const reasonId = useId();
  const refusal = publishRefusal(check);
  if (!confirming || refusal) {
    return (
      <div class="publish">
        <button type="button" class="primary" disabled={refusal !== null} aria-describedby={refusal ? reasonId : undefined} onClick={() => setConfirming(true)}>
          Publish issue #{issue.number}
        </button>
        {refusal && (
          <p id={reasonId} class="error">
            {refusal}
          </p>
        )}
      </div>
    );
  }
  return (
    <fieldset class="publish-confirm" aria-label="Confirm publishing">
      <p>
        Publishing freezes issue #{issue.number} with this markdown and starts issue #{issue.number + 1}, dated a week later. Clips marked “Hold for next week”
        move to it.
      </p>
      <button
        type="button"
        class="primary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          await onPublish();
          setBusy(false);
          setConfirming(false);
        }}
      >
        Publish now
      </button>{' '}
      <button type="button" onClick={() => setConfirming(false)}>
        Cancel
      </button>
    </fieldset>
  );
}
