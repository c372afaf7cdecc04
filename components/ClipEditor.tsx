import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { editLinkForm, type LinkField } from '@/lib/clip-form/link-form';
import {
  afterSave,
  clipEditOfForm,
  linksOfForm,
  type QueueEditForm,
  type QueueEditing,
  startQueueEditing,
  withStoredClip,
} from '@/lib/clip-form/queue-edit-form';
import { conflictOn } from '@/lib/merge/conflict-text';
import type { Clip } from '@/lib/model/clip';
import { followBriefLink } from '@/lib/queue/clip-kind';
import { moveItem } from '@/lib/queue/move-item';
import { setInSubtitle, typeSubtitleLabel } from '@/lib/queue/subtitle';
import { createSaveScheduler } from '@/lib/saving/save-scheduler';
import type { EditorFocus } from './ClipActionsMenu';
import { ConflictChoice } from './ConflictChoice';
import { LinkFields } from './LinkFields';
import type { QueueState } from './queue-state';
import { KindSelect, SectionSelect } from './SectionSelect';
import { useSaveAsYouType } from './use-save-as-you-type';

interface Props {
  clip: Clip;
  sections: readonly string[];
  /** Other items this one can be merged into. */
  mergeTargets: readonly { id: number; title: string }[];
  state: QueueState;
  /** The field to focus, when the editor was opened (or asked again) from the item's menu; a new object each time. */
  focus?: { field: EditorFocus } | undefined;
}

/**
 * Edits a queued clip in place, with the Clip view's controls. Typing is kept
 * locally and saved within 250 ms (and when the editor or page closes, as a
 * pending-edit record that outlives the page), merged against the clip as this
 * editor last read it, so a save from another page is never reverted. The live
 * query brings other pages' saves into fields without an unsaved change, and
 * never takes text from under the caret.
 */
export function ClipEditor({ clip, sections, mergeTargets, state, focus }: Props) {
  const [editing, setEditing] = useState<QueueEditing>(() => startQueueEditing(clip));
  const [mergeTarget, setMergeTarget] = useState('');
  const id = clip.id;
  // What is shown: this editor's values, with any newer revision from the live query read in.
  const current = withStoredClip(editing, clip);
  /** The latest state, for the save scheduler's callbacks, which outlive a render. */
  const latest = useRef(current);
  latest.current = current;
  const update = (next: QueueEditing) => {
    latest.current = next;
    setEditing(next);
  };
  const saver = useMemo(
    () =>
      createSaveScheduler<QueueEditForm>(
        // The form as shown now, not as scheduled: the live query may have brought another page's text into it since.
        async () => {
          const { form: sent, base } = latest.current;
          const stored = await state.saveEdit(id, clipEditOfForm(sent), base);
          if (stored) update(afterSave(latest.current, sent, stored));
        },
        state.showError,
        { persistPending: () => state.persistPending(id, clipEditOfForm(latest.current.form), latest.current.base) },
      ),
    [id, state],
  );
  useSaveAsYouType(saver);
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  const labelRef = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (!focus) return;
    const target = focus.field === 'label' ? labelRef.current : fieldsetRef.current?.querySelector<HTMLElement>('input, textarea, select');
    target?.focus();
  }, [focus]);
  const draft = current.form;

  const change = (form: QueueEditForm) => {
    update({ ...latest.current, form });
    saver.schedule(form);
  };
  // A brief whose text is still the starter of its link follows the link; once its text is edited, it is the editor's.
  const editLink = (index: number) => (field: LinkField, value: string) => {
    const links = draft.links.map((l, i) => (i === index ? { ...l, form: editLinkForm(l.form, field, value) } : l));
    const follow = followBriefLink({ kind: clip.kind, commentary: draft.commentary, links: linksOfForm(draft.links) }, linksOfForm(links));
    change({ ...draft, links, commentary: follow.commentary ?? draft.commentary });
  };
  const moveLink = (from: number, to: number) => change({ ...draft, links: moveItem(draft.links, from, to) });
  const structural = async (action: () => Promise<unknown>) => {
    await saver.flush();
    await action();
  };
  const grouped = draft.links.length > 1;
  /** The conflict choice shown after a field, if that field was changed in two places. */
  const conflictFor = (field: string, label: string) => (
    <ConflictChoice
      conflict={conflictOn(clip.conflicts, field)}
      label={label}
      onChoose={(choice) => void structural(() => state.resolveConflict(id, field, choice))}
    />
  );

  return (
    <fieldset ref={fieldsetRef} class="clip-editor" aria-label={`Edit ${clip.links[0]?.title ?? 'clip'}`}>
      {draft.links.map((link, i) => (
        <fieldset key={i} class="fields">
          {grouped && (
            <legend>
              Link {i + 1} of {draft.links.length}
            </legend>
          )}
          <LinkFields
            link={link.form}
            onEdit={editLink(i)}
            after={(field, label) => conflictFor(`links.${i}.${field}`, grouped ? `${label} of link ${i + 1}` : label)}
          />
          {grouped && (
            <div class="link-actions wide">
              <button type="button" onClick={() => moveLink(i, i - 1)} disabled={i === 0}>
                Move link up
              </button>
              <button type="button" onClick={() => moveLink(i, i + 1)} disabled={i === draft.links.length - 1}>
                Move link down
              </button>
              <button type="button" onClick={() => void structural(() => state.split(id, i))}>
                Split out
              </button>
            </div>
          )}
        </fieldset>
      ))}
      {conflictFor('links', 'Links')}
      <div class="fields">
        <SectionSelect value={clip.section} sections={sections} onChange={(s) => void structural(() => state.moveToSection(id, s))} />
        <KindSelect value={clip.kind} onChange={(k) => void structural(() => state.setKind(id, k))} />
        <label class="field wide">
          <span>Commentary</span>
          <textarea rows={5} value={draft.commentary} onInput={(e) => change({ ...draft, commentary: e.currentTarget.value })} />
        </label>
        {conflictFor('commentary', 'Commentary')}
        <label class="field">
          <span>Subtitle label</span>
          <input ref={labelRef} type="text" value={draft.label} onInput={(e) => change({ ...draft, ...typeSubtitleLabel(draft, e.currentTarget.value) })} />
        </label>
        {conflictFor('label', 'Subtitle label')}
        <label class="field checkbox">
          <input type="checkbox" checked={draft.inSubtitle} onChange={(e) => change({ ...draft, ...setInSubtitle(draft, e.currentTarget.checked) })} />
          <span>In subtitle</span>
        </label>
        <label class="field checkbox wide">
          <input type="checkbox" checked={draft.holdForNextWeek} onChange={(e) => change({ ...draft, holdForNextWeek: e.currentTarget.checked })} />
          <span>Hold for next week</span>
        </label>
        {mergeTargets.length > 0 && (
          <div class="field wide merge">
            <label>
              <span>Merge into</span>
              <select value={mergeTarget} onChange={(e) => setMergeTarget(e.currentTarget.value)}>
                <option value="">Choose an item…</option>
                {mergeTargets.map((t) => (
                  <option key={t.id} value={String(t.id)}>
                    {t.title}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" disabled={!mergeTarget} onClick={() => void structural(() => state.merge(Number(mergeTarget), id))}>
              Merge
            </button>
          </div>
        )}
      </div>
    </fieldset>
  );
}
