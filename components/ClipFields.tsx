import type { Ref } from 'preact';
import { CLIP_KINDS } from '@/lib/clip';
import type { ClipForm, EditableField } from '@/lib/clip-form';

interface Props {
  form: ClipForm;
  sections: readonly string[];
  onEdit: (field: EditableField, value: string) => void;
  titleRef?: Ref<HTMLInputElement>;
  commentaryRef?: Ref<HTMLTextAreaElement>;
}

/**
 * The labelled fields of one clip. Shared by the Clip view and, later, editing a
 * queued clip, so both have the same controls and accessible names.
 */
export function ClipFields({ form, sections, onEdit, titleRef, commentaryRef }: Props) {
  const input = (field: EditableField) => (event: Event) =>
    onEdit(field, (event.currentTarget as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value);
  // A section renamed since this draft was saved must still show as chosen.
  const options = sections.includes(form.section) || !form.section ? sections : [...sections, form.section];

  return (
    <div class="fields">
      <label class="field wide">
        <span>Title</span>
        <input ref={titleRef} type="text" value={form.title} onInput={input('title')} />
      </label>
      <label class="field wide">
        <span>Link</span>
        <input type="url" value={form.url} onInput={input('url')} spellcheck={false} />
      </label>
      <label class="field">
        <span>Authors</span>
        <input type="text" value={form.authors} onInput={input('authors')} placeholder="Name, Name" />
      </label>
      <label class="field">
        <span>Source</span>
        <input type="text" value={form.source} onInput={input('source')} placeholder="Publication" />
      </label>
      <div class="field wide">
        <label for="clip-attribution">Attribution</label>
        <input
          id="clip-attribution"
          type="text"
          value={form.attribution}
          onInput={input('attribution')}
          aria-describedby="attribution-hint"
        />
        <small id="attribution-hint">
          {form.attributionEdited ? 'Your own text. Clear it to follow authors and source again.' : 'Follows authors and source until you edit it.'}
        </small>
      </div>
      <label class="field">
        <span>Section</span>
        <select value={form.section} onChange={input('section')}>
          {options.map((name) => (
            <option key={name} value={name}>{name}</option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>Kind</span>
        <select value={form.kind} onChange={input('kind')}>
          {CLIP_KINDS.map(({ kind, label }) => (
            <option key={kind} value={kind}>{label}</option>
          ))}
        </select>
      </label>
      <label class="field wide">
        <span>Commentary</span>
        <textarea ref={commentaryRef} rows={6} value={form.commentary} onInput={input('commentary')} />
      </label>
    </div>
  );
}
