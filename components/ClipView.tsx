import { useLayoutEffect, useRef } from 'preact/hooks';
import { AddedConfirmation } from './AddedConfirmation';
import { ClipFields } from './ClipFields';
import type { ClipSession } from './clip-session';

/**
 * The Clip view: the extracted page as an editable clip, Ctrl/Cmd+Enter to
 * add. Focus lands where the editor types next: Commentary when the page was
 * read, Title when it could not be.
 */
export function ClipView({ session }: { session: ClipSession }) {
  const titleRef = useRef<HTMLInputElement>(null);
  const commentaryRef = useRef<HTMLTextAreaElement>(null);
  const phase = session.phase.value;
  const form = session.form.value;
  const issue = session.issue.value;
  const added = session.added.value;

  useLayoutEffect(() => {
    if (phase !== 'editing') return;
    const target = form?.title ? commentaryRef.current : titleRef.current;
    if (target) {
      target.focus();
      if (target instanceof HTMLTextAreaElement) target.setSelectionRange(target.value.length, target.value.length);
    }
  }, [phase]);

  if (phase === 'added' && added) {
    return <AddedConfirmation added={added} issueNumber={issue?.number ?? 0} onUndo={() => void session.undo()} />;
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void session.add();
    }
  };
  const problems = session.problems.value;

  return (
    <form
      class="clip-form"
      aria-label="Clip"
      aria-busy={phase === 'reading' ? 'true' : 'false'}
      onKeyDown={onKeyDown}
      // Plain Enter must not add a half-written clip; Ctrl/Cmd+Enter and the button do.
      onSubmit={(event) => event.preventDefault()}
    >
      {session.notice.value && <p class="notice">{session.notice.value}</p>}
      {phase === 'reading' && <p class="reading">Reading the page…</p>}
      {form && (
        <ClipFields
          form={form}
          sections={issue?.sectionOrder ?? [form.section]}
          onEdit={session.edit}
          titleRef={titleRef}
          commentaryRef={commentaryRef}
        />
      )}
      {problems.length > 0 && (
        <ul class="problems" role="alert">
          {problems.map((p) => <li key={p}>{p}</li>)}
        </ul>
      )}
      <div class="actions">
        <button type="button" class="primary" disabled={phase !== 'editing'} onClick={() => void session.add()}>
          Add to issue
        </button>
        <kbd aria-hidden="true">Ctrl+Enter</kbd>
        {session.restored.value && <span class="restored">Draft restored</span>}
      </div>
    </form>
  );
}
