import { useLayoutEffect, useRef } from 'preact/hooks';
import { clipTitle } from '@/lib/queue/clip-summary';
import { INBOX_SECTION, inInbox } from '@/lib/queue/inbox';
import { subtitleLine } from '@/lib/queue/subtitle';
import { ConvertedClip } from './ConvertedClip';
import { DeletedClips } from './DeletedClips';
import { InboxSection } from './InboxSection';
import { clipCount } from './IssueHeader';
import { QueueSection } from './QueueSection';
import type { QueueState } from './queue-state';
import { UnfinishedDrafts } from './UnfinishedDrafts';

/**
 * The week's clips by section, in the issue's section order, to arrange before
 * writing the intro. The owner subscribes `state` (see `QueueState.subscribe`).
 */
export function QueueView({ state }: { state: QueueState }) {
  const queue = state.queue.value;
  const editing = state.editing.value;
  const root = useRef<HTMLDivElement>(null);
  const focusId = state.focusId.value;
  const focused = focusId === null ? undefined : queue?.clips.find((c) => c.id === focusId);
  // Focus follows the clip an action moved (Alt+↑/↓, Move to section, Undo): when it is asked
  // for, and again when the clip lands in its new place (a new item if it changed section).
  // One effect for the list rather than one per item (issue #13 item 7).
  useLayoutEffect(() => {
    const item = focused && root.current?.querySelector<HTMLElement>(`li[data-clip-id="${focused.id}"]`);
    if (item && !item.contains(document.activeElement)) item.focus();
  }, [focusId, focused?.section, focused?.position]);

  if (!queue) return <p aria-busy="true">Loading the queue…</p>;

  const order = queue.issue.sectionOrder;
  const sections = [...order, ...new Set(queue.clips.map((c) => c.section).filter((s) => !order.includes(s) && s !== INBOX_SECTION))];
  const inbox = queue.clips.filter(inInbox);
  const linkItems = queue.clips.filter((c) => c.kind === 'link' && !inInbox(c));
  const subtitle = subtitleLine(queue.clips);

  return (
    <div class="queue" ref={root}>
      <p class="queue-total">
        {clipCount(queue.clips.length)} in issue #{queue.issue.number}
      </p>
      {subtitle && (
        <p class="subtitle">
          <strong>Subtitle:</strong> {subtitle}
        </p>
      )}
      {state.error.value && (
        <p class="error" role="alert">
          {state.error.value}
        </p>
      )}
      <ConvertedClip state={state} />
      <DeletedClips deleted={queue.deleted} state={state} />
      <InboxSection clips={inbox} sections={sections} mergeTargets={linkItems.map((c) => ({ id: c.id, title: clipTitle(c) }))} state={state} />
      {sections.map((name) => (
        <QueueSection
          key={name}
          name={name}
          clips={queue.clips.filter((c) => c.section === name)}
          editing={editing}
          sections={sections}
          linkItems={linkItems}
          state={state}
        />
      ))}
      <UnfinishedDrafts state={state} />
    </div>
  );
}
