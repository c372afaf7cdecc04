import { useEffect, useMemo, useState } from 'preact/hooks';
import { editLinkForm, type LinkField, linkFormOf, linkOf } from '@/lib/clip-form/link-form';
import type { Clip } from '@/lib/model/clip';
import type { LinkForm } from '@/lib/model/clip-draft';
import { followBriefLink } from '@/lib/queue/clip-kind';
import { moveItem } from '@/lib/queue/move-item';
import { setInSubtitle, subtitleChoiceOf, typeSubtitleLabel } from '@/lib/queue/subtitle';
import { createSaveScheduler } from '@/lib/saving/save-scheduler';
import { LinkFields } from './LinkFields';
import type { QueueState } from './queue-state';
import { KindSelect, SectionSelect } from './SectionSelect';
import { useSaveAsYouType } from './use-save-as-you-type';

interface EditorLink {
  form: LinkForm;
  clippedUrl?: string;
}
interface EditorState {
  links: EditorLink[];
  commentary: string;
  label: string;
  inSubtitle: boolean;
  /** "In subtitle" is the editor's: typing a first label no longer ticks it. */
  inSubtitleChosen: boolean;
  holdForNextWeek: boolean;
}

const editorStateOf = (clip: Clip): EditorState => ({
  links: clip.links.map((l) => ({ form: linkFormOf(l), clippedUrl: l.clippedUrl })),
  commentary: clip.commentary,
  ...subtitleChoiceOf(clip),
  holdForNextWeek: clip.holdForNextWeek ?? false,
});

const linksOf = (links: readonly EditorLink[]) => links.map((l) => linkOf(l.form, l.clippedUrl));

interface Props {
  clip: Clip;
  sections: readonly string[];
  /** Other items this one can be merged into. */
  mergeTargets: readonly { id: number; title: string }[];
  state: QueueState;
}

/**
 * Edits a queued clip in place, with the Clip view's controls. Typing is kept
 * locally and saved within 250 ms (and when the editor closes), so the live
 * query re-rendering the queue never fights the caret.
 */
export function ClipEditor({ clip, sections, mergeTargets, state }: Props) {
  const [draft, setDraft] = useState(() => editorStateOf(clip));
  const [mergeTarget, setMergeTarget] = useState('');
  const id = clip.id;
  const saver = useMemo(
    () =>
      createSaveScheduler<EditorState>(async (s) => {
        await state.update(id, {
          links: linksOf(s.links),
          commentary: s.commentary,
          label: s.label,
          inSubtitle: s.inSubtitle,
          inSubtitleChosen: s.inSubtitleChosen,
          holdForNextWeek: s.holdForNextWeek,
        });
      }, state.showError),
    [id, state],
  );
  useSaveAsYouType(saver);
  // Structural changes made in the database (split, kind) come back through the live query.
  useEffect(() => setDraft(editorStateOf(clip)), [clip.links.length, clip.kind]);

  const change = (next: EditorState) => {
    setDraft(next);
    saver.schedule(next);
  };
  // A brief whose text is still the starter of its link follows the link; once its text is edited, it is the editor's.
  const editLink = (index: number) => (field: LinkField, value: string) => {
    const links = draft.links.map((l, i) => (i === index ? { ...l, form: editLinkForm(l.form, field, value) } : l));
    const follow = followBriefLink({ kind: clip.kind, commentary: draft.commentary, links: linksOf(draft.links) }, linksOf(links));
    change({ ...draft, links, commentary: follow.commentary ?? draft.commentary });
  };
  const moveLink = (from: number, to: number) => change({ ...draft, links: moveItem(draft.links, from, to) });
  const structural = async (action: () => Promise<unknown>) => {
    await saver.flush();
    await action();
  };
  const grouped = draft.links.length > 1;

  return (
    <fieldset class="clip-editor" aria-label={`Edit ${clip.links[0]?.title ?? 'clip'}`}>
      {draft.links.map((link, i) => (
        <fieldset key={i} class="fields">
          {grouped && (
            <legend>
              Link {i + 1} of {draft.links.length}
            </legend>
          )}
          <LinkFields link={link.form} onEdit={editLink(i)} />
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
      <div class="fields">
        <SectionSelect value={clip.section} sections={sections} onChange={(s) => void structural(() => state.moveToSection(id, s))} />
        <KindSelect value={clip.kind} onChange={(k) => void structural(() => state.setKind(id, k))} />
        <label class="field wide">
          <span>Commentary</span>
          <textarea rows={5} value={draft.commentary} onInput={(e) => change({ ...draft, commentary: e.currentTarget.value })} />
        </label>
        <label class="field">
          <span>Subtitle label</span>
          <input type="text" value={draft.label} onInput={(e) => change({ ...draft, ...typeSubtitleLabel(draft, e.currentTarget.value) })} />
        </label>
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
