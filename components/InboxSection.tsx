import { useId, useRef, useState } from 'preact/hooks';
import type { Clip } from '@/lib/model/clip';
import { INBOX_HEADING } from '@/lib/queue/inbox';
import { ClipActionsMenu, type EditorFocus } from './ClipActionsMenu';
import { OpenClipEditor } from './OpenClipEditor';
import type { QueueState } from './queue-state';

interface Props {
  clips: Clip[];
  /** The sections, where an item goes once its details are filled. */
  sections: readonly string[];
  mergeTargets: readonly { id: number; title: string }[];
  state: QueueState;
}

/**
 * Links clipped from the context menu, above the sections (issue #13): each
 * "details to fill" until the popup fills them from the page, or the editor
 * types them here and moves the item to a section, both from its "More actions"
 * menu, as every queued clip's (Edit details, Move to section…, Delete).
 */
export function InboxSection({ clips, sections, mergeTargets, state }: Props) {
  const headingId = useId();
  if (clips.length === 0) return null;
  return (
    <section class="queue-section inbox" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {INBOX_HEADING} <span class="count">({clips.length})</span>
      </h2>
      <ol aria-labelledby={headingId}>
        {clips.map((clip) => (
          <InboxItem key={clip.id} clip={clip} sections={sections} mergeTargets={mergeTargets.filter((t) => t.id !== clip.id)} state={state} />
        ))}
      </ol>
    </section>
  );
}

function InboxItem({ clip, sections, mergeTargets, state }: { clip: Clip } & Omit<Props, 'clips'>) {
  const menuButton = useRef<HTMLButtonElement>(null);
  /** Edit details puts the caret in the editor's first field, as Edit does on a queued clip. */
  const [editorFocus, setEditorFocus] = useState<{ field: EditorFocus } | undefined>(undefined);
  const editing = state.editing.value === clip.id;
  const link = clip.links[0];
  const title = link?.title || link?.url || 'Untitled';
  const titleId = `clip-title-${clip.id}`;
  return (
    <li class={`queue-item inbox-item${editing ? ' editing' : ''}`} data-clip-id={clip.id} aria-label={`${title}, details to fill`}>
      <div class="item-row">
        <div class="summary">
          <p class="title-line">
            <span class="kind">Details to fill</span>
            <strong id={titleId}>{title}</strong>
          </p>
          {link && link.url !== title && <p class="first-line">{link.url}</p>}
        </div>
        <ClipActionsMenu
          clip={clip}
          titleId={titleId}
          sections={sections}
          mergeTargets={() => mergeTargets}
          state={state}
          buttonRef={menuButton}
          onEdit={(field) => {
            setEditorFocus({ field });
            state.edit(clip.id);
          }}
          inbox
        />
      </div>
      {editing && <OpenClipEditor clip={clip} sections={sections} mergeTargets={mergeTargets} state={state} focus={editorFocus} menuButton={menuButton} />}
    </li>
  );
}
