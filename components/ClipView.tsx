import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { linkedInText } from '@/lib/archive/linked-in';
import { AddedConfirmation } from './AddedConfirmation';
import { ClipFields } from './ClipFields';
import type { ClipSession } from './clip-session';
import { InboxFill } from './InboxFill';
import { RememberedCorrections } from './RememberedCorrections';

interface Props {
  session: ClipSession;
  /** Shows a queued clip in the Queue view ("Open it" on a duplicate). */
  onOpenClip: (clipId: number) => void;
}

/**
 * The Clip view: the extracted page as an editable clip, Ctrl/Cmd+Enter to
 * add. Focus lands where the editor types next: Commentary when the page was
 * read, Title when it could not be.
 */
export function ClipView({ session, onOpenClip }: Props) {
  const titleRef = useRef<HTMLTextAreaElement>(null);
  const commentaryRef = useRef<HTMLTextAreaElement>(null);
  const [linkTarget, setLinkTarget] = useState('');
  /** Why Ctrl+Enter added nothing, until the next keystroke. */
  const [notAdded, setNotAdded] = useState<string | null>(null);
  const phase = session.phase.value;
  const form = session.form.value;
  const issue = session.issue.value;
  const added = session.added.value;
  const duplicate = session.duplicate.value;
  const inIssue = duplicate?.inIssue ?? null;
  const inboxItem = session.inboxItem.value;

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

  // A page already in this issue is not added again by the shortcut: the editor opens it or adds a copy on purpose.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (inboxItem) void session.fillInbox();
      else if (!inIssue) void session.add();
      else setNotAdded(`Not added: this page is already in this issue, under ${inIssue.section}. Use “Add a second copy” to add it again.`);
    } else if (notAdded) setNotAdded(null);
  };
  const problems = session.problems.value;
  const linkItems = session.linkItems.value;

  return (
    <form class="clip-form" aria-label="Clip" aria-busy={phase === 'reading' ? 'true' : 'false'} onKeyDown={onKeyDown} onSubmit={(e) => e.preventDefault()}>
      {session.notice.value && <p class="notice">{session.notice.value}</p>}
      {inboxItem && <InboxFill disabled={phase !== 'editing'} onFill={() => void session.fillInbox()} />}
      {inIssue && !inboxItem && (
        <p class="notice duplicate">
          Already in this issue, under {inIssue.section}.{' '}
          <button type="button" onClick={() => onOpenClip(inIssue.clipId)}>
            Open it
          </button>
        </p>
      )}
      {notAdded && (
        <p role="status" class="notice">
          {notAdded}
        </p>
      )}
      {duplicate?.published.map((p) => (
        <p key={`${p.issueNumber}-${p.section}`} class="notice">
          {linkedInText(p)}.
        </p>
      ))}
      {phase === 'reading' && <p class="reading">Reading the page…</p>}
      {session.remembered.value && <RememberedCorrections remembered={session.remembered.value} onForget={(c) => void session.forget(c)} />}
      {form && (
        <ClipFields form={form} sections={issue?.sectionOrder ?? [form.section]} onEdit={session.edit} titleRef={titleRef} commentaryRef={commentaryRef} />
      )}
      {problems.length > 0 && (
        <ul class="problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="button" class={inIssue ? '' : 'primary'} disabled={phase !== 'editing'} onClick={() => void session.add()}>
          {inIssue ? 'Add a second copy' : 'Add to issue'}
        </button>
        {!inIssue && (
          <span aria-hidden="true">
            <kbd>Ctrl+Enter</kbd>
          </span>
        )}
        {session.restored.value && <span class="restored">Draft restored</span>}
      </div>
      {linkItems.length > 0 && !inIssue && (
        <div class="actions add-link">
          <label>
            <span>Add link to…</span>
            <select value={linkTarget} onChange={(e) => setLinkTarget(e.currentTarget.value)}>
              <option value="">Choose a queued item…</option>
              {linkItems.map((c) => (
                <option key={c.id} value={String(c.id)}>
                  {c.title} ({c.section})
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={!linkTarget || phase !== 'editing'} onClick={() => void session.add(Number(linkTarget))}>
            Add link
          </button>
        </div>
      )}
    </form>
  );
}
