import type { Ref } from 'preact';
import type { EditableField } from '@/lib/clip-form/clip-form';
import type { ClipForm } from '@/lib/model/clip-draft';
import { LinkFields } from './LinkFields';
import { KindSelect, SectionSelect } from './SectionSelect';

interface Props {
  form: ClipForm;
  sections: readonly string[];
  onEdit: (field: EditableField, value: string) => void;
  titleRef?: Ref<HTMLTextAreaElement>;
  commentaryRef?: Ref<HTMLTextAreaElement>;
}

/** The labelled fields of the clip being made in the Clip view. */
export function ClipFields({ form, sections, onEdit, titleRef, commentaryRef }: Props) {
  return (
    <div class="fields">
      <LinkFields link={form} onEdit={onEdit} titleRef={titleRef} />
      <SectionSelect value={form.section} sections={sections} onChange={(v) => onEdit('section', v)} />
      <KindSelect value={form.kind} onChange={(v) => onEdit('kind', v)} />
      <label class="field wide">
        <span>Commentary</span>
        <textarea ref={commentaryRef} rows={6} value={form.commentary} onInput={(e) => onEdit('commentary', e.currentTarget.value)} />
      </label>
    </div>
  );
}
