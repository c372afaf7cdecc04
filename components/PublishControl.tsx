import { useState } from 'preact/hooks';
import type { Issue } from '@/lib/model/issue';

interface Props {
  issue: Issue;
  markdown: string;
  onPublish: (markdown: string) => Promise<Issue | null>;
}

/** "Publish issue #N", confirmed in place: publishing freezes the issue and starts the next one. */
export function PublishControl({ issue, markdown, onPublish }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!confirming) {
    return (
      <button type="button" class="primary" onClick={() => setConfirming(true)}>
        Publish issue #{issue.number}
      </button>
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
          await onPublish(markdown);
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
