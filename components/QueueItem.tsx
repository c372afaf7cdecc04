import { useRef, useState } from 'preact/hooks';
import type { Clip } from '@/lib/model/clip';
import { clipName, clipTitle, firstLine } from '@/lib/queue/clip-summary';
import { ClipActionsMenu, type EditorFocus } from './ClipActionsMenu';
import { OpenClipEditor } from './OpenClipEditor';
import type { QueueState } from './queue-state';

export const DRAG_TYPE = 'application/x-roundup-clip';

interface Props {
  clip: Clip;
  /** Its editor is open (`QueueState.editing`, read once for the whole list). */
  editing: boolean;
  sections: readonly string[];
  /** The queue's link items, of which the others are what this one can be grouped with. */
  linkItems: readonly Clip[];
  state: QueueState;
}

const KIND_LABEL = { link: '', note: 'Note', brief: 'Brief' } as const;

/**
 * One queued clip on one line (title, attribution dimmed, the commentary's first line
 * below), a drag handle, and its actions behind "More actions". Keyboard: Alt+Up/Down
 * moves it (into the neighbouring section at either end); it can also be dragged onto
 * another clip or a section heading. Those keys, the drag and the drop are handled once
 * for the whole list (`QueueSection`), and focus following a moved clip once too
 * (`QueueView`): 200 items carry no listeners or effects of their own for them (issue #13 item 7).
 */
export function QueueItem({ clip, editing, sections, linkItems, state }: Props) {
  const menuButton = useRef<HTMLButtonElement>(null);
  const titleId = `clip-title-${clip.id}`;
  /** The field an action asked the editor to focus; a new object for each ask. */
  const [editorFocus, setEditorFocus] = useState<{ field: EditorFocus } | undefined>(undefined);
  const id = clip.id;
  const title = clipTitle(clip);
  const mergeTargets = () => linkItems.filter((c) => c.id !== id).map((c) => ({ id: c.id, title: clipTitle(c) }));

  return (
    <li
      class={`queue-item${editing ? ' editing' : ''}`}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the item itself takes focus so Alt+↑/↓ can move it (keyboard reordering)
      tabIndex={0}
      data-clip-id={id}
      aria-label={clipName(clip)}
      draggable={!editing}
    >
      <div class="item-row">
        {/* The drag handle is drawn by CSS (.item-row::before): the whole item drags; keyboard users have Alt+↑/↓. */}
        <div class="summary">
          <p class="title-line">
            {KIND_LABEL[clip.kind] && <span class="kind">{KIND_LABEL[clip.kind]}</span>}
            {clip.holdForNextWeek && <span class="kind">Held</span>}
            <strong id={titleId}>{title}</strong>
            {/* Each one string, so one text node: 200 items make fewer nodes. */}
            {clip.links.length > 1 && <span class="more">{` +${clip.links.length - 1} more`}</span>}
            {clip.links[0]?.attribution && <span class="attribution">{` — ${clip.links[0].attribution}`}</span>}
          </p>
          {clip.commentary && <p class="first-line">{firstLine(clip.commentary)}</p>}
          {!editing && !!clip.conflicts?.length && <p class="conflict-flag">Changed in two places — open to choose</p>}
        </div>
        <ClipActionsMenu
          clip={clip}
          titleId={titleId}
          sections={sections}
          mergeTargets={mergeTargets}
          state={state}
          buttonRef={menuButton}
          onEdit={(field) => {
            setEditorFocus({ field });
            state.edit(id);
          }}
        />
      </div>
      {editing && <OpenClipEditor clip={clip} sections={sections} mergeTargets={mergeTargets()} state={state} focus={editorFocus} menuButton={menuButton} />}
    </li>
  );
}
