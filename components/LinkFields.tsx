import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import type { LinkField } from '@/lib/clip-form/link-form';
import type { LinkForm } from '@/lib/model/clip-draft';

interface Props {
  link: LinkForm;
  onEdit: (field: LinkField, value: string) => void;
  titleRef?: Ref<HTMLInputElement>;
}

/** Title, Link, Authors, Source and Attribution of one header line, as in the Clip view. */
export function LinkFields({ link, onEdit, titleRef }: Props) {
  const id = useId();
  const input = (field: LinkField) => (event: Event) => onEdit(field, (event.currentTarget as HTMLInputElement).value);
  return (
    <>
      <label class="field wide">
        <span>Title</span>
        <input ref={titleRef} type="text" value={link.title} onInput={input('title')} />
      </label>
      <label class="field wide">
        <span>Link</span>
        <input type="url" value={link.url} onInput={input('url')} spellcheck={false} />
      </label>
      <label class="field">
        <span>Authors</span>
        <input type="text" value={link.authors} onInput={input('authors')} placeholder="Name, Name" />
      </label>
      <label class="field">
        <span>Source</span>
        <input type="text" value={link.source} onInput={input('source')} placeholder="Publication" />
      </label>
      <div class="field wide">
        <label for={`${id}-attribution`}>Attribution</label>
        <input id={`${id}-attribution`} type="text" value={link.attribution} onInput={input('attribution')} aria-describedby={`${id}-hint`} />
        <small id={`${id}-hint`}>
          {link.attributionEdited ? 'Your own text. Clear it to follow authors and source again.' : 'Follows authors and source until you edit it.'}
        </small>
      </div>
    </>
  );
}
