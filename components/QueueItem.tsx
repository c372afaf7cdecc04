import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Clip } from '@/lib/model/clip';
import { clipName, clipTitle, firstLine } from '@/lib/queue/clip-summary';
import { ClipEditor } from './ClipEditor';
import type { QueueState } from './queue-state';

export const DRAG_TYPE = 'application/x-roundup-clip';

interface Props {
  clip: Clip;
  index: number;
  sections: readonly string[];
  mergeTargets: readonly { id: number; title: string }[];
  state: QueueState;
}

const KIND_LABEL = { link: '', note: 'Note', brief: 'Brief' } as const;

/**
 * One queued clip. Keyboard: Alt+Up/Down moves it (into the neighbouring
 * section at either end), and the buttons do the same for pointer users;
 * it can also be dragged onto another clip or a section heading.
 */
export function QueueItem({ clip, index, sections, mergeTargets, state }: Props) {
  const ref = useRef<HTMLLIElement>(null);
  const id = clip.id;
  const editing = state.editing.value === id;
  const title = clipTitle(clip);

  useLayoutEffect(() => {
    if (state.focusId.value === id && ref.current && !ref.current.contains(document.activeElement)) ref.current.focus();
  }, [state.focusId.value, clip.section, clip.position]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    if (event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLInputElement) return;
    event.preventDefault();
    void state.shift(id, event.key === 'ArrowUp' ? -1 : 1);
  };

  return (
    <li
      ref={ref}
      class={`queue-item${editing ? ' editing' : ''}`}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the item itself takes focus so Alt+↑/↓ can move it (keyboard reordering)
      tabIndex={0}
      data-clip-id={id}
      aria-label={clipName(clip)}
      draggable={!editing}
      onKeyDown={onKeyDown}
      onDragStart={(e) => {
        e.dataTransfer?.setData(DRAG_TYPE, String(id));
        if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        const dragged = Number(e.dataTransfer?.getData(DRAG_TYPE));
        if (!dragged || dragged === id) return;
        e.preventDefault();
        e.stopPropagation();
        void state.place(dragged, clip.section, index);
      }}
    >
      <div class="summary">
        {KIND_LABEL[clip.kind] && <span class="kind">{KIND_LABEL[clip.kind]}</span>}
        {clip.holdForNextWeek && <span class="kind">Held</span>}
        <strong>{title}</strong>
        {clip.links.length > 1 && <span class="more"> +{clip.links.length - 1} more</span>}
        {clip.links[0]?.attribution && <span class="attribution"> — {clip.links[0].attribution}</span>}
        {clip.commentary && <p class="first-line">{firstLine(clip.commentary)}</p>}
        {!editing && !!clip.conflicts?.length && <p class="conflict-flag">Changed in two places — open to choose</p>}
      </div>
      <div class="item-actions">
        <button type="button" aria-expanded={editing} onClick={() => state.edit(editing ? null : id)}>
          {editing ? 'Done' : 'Edit'}
        </button>
        <button type="button" onClick={() => void state.shift(id, -1)}>
          Move up
        </button>
        <button type="button" onClick={() => void state.shift(id, 1)}>
          Move down
        </button>
        <SectionMover section={clip.section} sections={sections} onMove={(section) => void state.moveToSection(id, section)} />
        <button type="button" onClick={() => void state.remove(id)}>
          Delete
        </button>
      </div>
      {editing && <ClipEditor clip={clip} sections={sections} mergeTargets={mergeTargets} state={state} />}
    </li>
  );
}

/**
 * "Move to section…" opens a select of the sections; it is only built when
 * asked for, since two hundred clips with a dozen options each would slow the
 * queue's first render for a control used a few times a week.
 */
function SectionMover({ section, sections, onMove }: { section: string; sections: readonly string[]; onMove: (section: string) => void }) {
  const [open, setOpen] = useState(false);
  const selectRef = useRef<HTMLSelectElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useLayoutEffect(() => {
    if (open) selectRef.current?.focus();
    else if (wasOpen.current && document.activeElement === document.body) buttonRef.current?.focus();
    wasOpen.current = open;
  }, [open]);
  if (!open) {
    return (
      <button ref={buttonRef} type="button" onClick={() => setOpen(true)}>
        Move to section…
      </button>
    );
  }
  return (
    <label>
      <span class="visually-hidden">Move to section</span>
      <select
        ref={selectRef}
        value={section}
        onChange={(e) => {
          setOpen(false);
          onMove(e.currentTarget.value);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.preventDefault();
          setOpen(false);
        }}
      >
        {sections.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
    </label>
  );
}
