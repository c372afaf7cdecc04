import { useId } from 'preact/hooks';
import type { Clip } from '@/lib/model/clip';
import { DRAG_TYPE, QueueItem } from './QueueItem';
import type { QueueState } from './queue-state';

interface Props {
  name: string;
  clips: Clip[];
  sections: readonly string[];
  linkItems: Clip[];
  state: QueueState;
}

/** A section of the queue; empty ones stay as a collapsed heading that clips can be moved or dropped into. */
export function QueueSection({ name, clips, sections, linkItems, state }: Props) {
  const headingId = useId();
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
        <ol aria-labelledby={headingId}>
          {clips.map((clip, index) => (
            <QueueItem key={clip.id} clip={clip} index={index} sections={sections} linkItems={linkItems} state={state} />
          ))}
        </ol>
      )}
    </section>
  );
}
