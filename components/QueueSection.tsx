import { useId } from 'preact/hooks';
import type { Clip } from '@/lib/model/clip';
import { DRAG_TYPE, QueueItem } from './QueueItem';
import type { QueueState } from './queue-state';

interface Props {
  name: string;
  clips: Clip[];
  /** The clip whose editor is open, if any (read once for the whole queue). */
  editing: number | null;
  sections: readonly string[];
  linkItems: Clip[];
  state: QueueState;
}

/** The queued clip an event happened in (its item or anything inside it), by the item's `data-clip-id`. */
const clipIdAt = (event: Event): number | null => {
  const item = event.target instanceof Element ? event.target.closest<HTMLElement>('li[data-clip-id]') : null;
  return item ? Number(item.dataset.clipId) : null;
};

/**
 * A section of the queue; empty ones stay as a collapsed heading that clips can be moved or dropped into.
 * Its list handles, for every item in it, Alt+↑/↓ (move the item), dragging an item and dropping one on
 * an item: one set of listeners rather than one per item (issue #13 item 7).
 */
export function QueueSection({ name, clips, editing, sections, linkItems, state }: Props) {
  const headingId = useId();

  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    if (event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLInputElement) return;
    const id = clipIdAt(event);
    if (id === null) return;
    event.preventDefault();
    void state.shift(id, event.key === 'ArrowUp' ? -1 : 1);
  };
  const onDragStart = (event: DragEvent) => {
    const id = clipIdAt(event);
    if (id === null || !event.dataTransfer) return;
    event.dataTransfer.setData(DRAG_TYPE, String(id));
    event.dataTransfer.effectAllowed = 'move';
  };
  /** A clip dropped on another takes its place; dropped on itself or between items, the section's drop puts it last. */
  const onDropOnItem = (event: DragEvent) => {
    const dragged = Number(event.dataTransfer?.getData(DRAG_TYPE));
    const id = clipIdAt(event);
    if (!dragged || id === null || dragged === id) return;
    event.preventDefault();
    event.stopPropagation();
    void state.place(
      dragged,
      name,
      clips.findIndex((c) => c.id === id),
    );
  };

  return (
    <section
      class={`queue-section${clips.length ? '' : ' empty'}`}
      aria-labelledby={headingId}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        const dragged = Number(e.dataTransfer?.getData(DRAG_TYPE));
        if (!dragged) return;
        e.preventDefault();
        void state.place(dragged, name, clips.length);
      }}
    >
      <h2 id={headingId}>
        {name} <span class="count">({clips.length})</span>
      </h2>
      {clips.length > 0 && (
        <ol aria-labelledby={headingId} onKeyDown={onKeyDown} onDragStart={onDragStart} onDrop={onDropOnItem}>
          {clips.map((clip) => (
            <QueueItem key={clip.id} clip={clip} editing={editing === clip.id} sections={sections} linkItems={linkItems} state={state} />
          ))}
        </ol>
      )}
    </section>
  );
}
