import { useId } from 'preact/hooks';
import type { Clip } from '@/lib/model/clip';
import { INBOX_HEADING } from '@/lib/queue/inbox';
import { ClipEditor } from './ClipEditor';
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
 * types them here (Edit details) and moves the item to a section.
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
  const editing = state.editing.value === clip.id;
  const link = clip.links[0];
  const title = link?.title || link?.url || 'Untitled';
  return (
    <li class="queue-item inbox-item" data-clip-id={clip.id} aria-label={`${title}, details to fill`}>
      <div class="summary">
        <span class="kind">Details to fill</span>
        <strong>{title}</strong>
        {link && link.url !== title && <p class="first-line">{link.url}</p>}
      </div>
      <div class="item-actions">
        <button type="button" aria-expanded={editing} onClick={() => state.edit(editing ? null : clip.id)}>
          {editing ? 'Done' : 'Edit details'}
        </button>
        <label>
          <span class="visually-hidden">Move {title} to section</span>
          <select value="" onChange={(e) => e.currentTarget.value && void state.moveToSection(clip.id, e.currentTarget.value)}>
            <option value="">Move to section…</option>
            {sections.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void state.remove(clip.id)}>
          Delete
        </button>
      </div>
      {editing && <ClipEditor clip={clip} sections={sections} mergeTargets={mergeTargets} state={state} />}
    </li>
  );
}
