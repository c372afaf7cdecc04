import type { ComponentChild, Ref } from 'preact';
import { useId } from 'preact/hooks';
import { linkFieldProblem } from '@/lib/clip-form/clip-form';
import type { LinkField } from '@/lib/clip-form/link-form';
import type { LinkForm } from '@/lib/model/clip-draft';

interface Props {
  link: LinkForm;
  onEdit: (field: LinkField, value: string) => void;
  titleRef?: Ref<HTMLTextAreaElement>;
  /** Shown after a field (the Queue editor's conflict choice); `label` is the field's visible label. */
  after?: (field: LinkField, label: string) => ComponentChild;
}

/** Rows for a title of this length at the popup's width (about 48 characters a line), at most 4. */
const titleRows = (title: string) => Math.min(4, Math.max(1, Math.ceil(title.length / 48)));

/** Title, Link, Authors, Source and Attribution of one header line, as in the Clip view. */
export function LinkFields({ link, onEdit, titleRef, after = () => null }: Props) {
  const id = useId();
  const input = (field: LinkField) => (event: Event) => onEdit(field, (event.currentTarget as HTMLInputElement).value);
  // The export's own rule, on the field as typed (issue #9); an empty link is Add's to report.
  const linkProblem = link.url.trim() ? linkFieldProblem(link.url) : null;
  return (
    <>
      <label class="field wide">
        <span>Title</span>
        {/* A textarea, so a long title wraps instead of scrolling out of sight; it stays one line of text. */}
        <textarea
          ref={titleRef}
          class="one-line"
          rows={titleRows(link.title)}
          value={link.title}
          onInput={(e) => onEdit('title', e.currentTarget.value.replace(/[\r\n]+/g, ' '))}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) e.preventDefault();
          }}
        />
      </label>
      {after('title', 'Title')}
      <div class="field wide">
        <label for={`${id}-link`}>Link</label>
        <input
          id={`${id}-link`}
          type="url"
          value={link.url}
          onInput={input('url')}
          spellcheck={false}
          aria-invalid={linkProblem ? 'true' : undefined}
          aria-describedby={linkProblem ? `${id}-link-problem` : undefined}
        />
        {linkProblem && (
          <small id={`${id}-link-problem`} class="field-problem">
            {linkProblem}
          </small>
        )}
      </div>
      {after('url', 'Link')}
      <label class="field">
        <span>Authors</span>
        <input type="text" value={link.authors} onInput={input('authors')} placeholder="Name, Name" />
      </label>
      {after('authors', 'Authors')}
      <label class="field">
        <span>Source</span>
        <input type="text" value={link.source} onInput={input('source')} placeholder="Publication" />
      </label>
      {after('source', 'Source')}
      <div class="field wide">
        <label for={`${id}-attribution`}>Attribution</label>
        <input id={`${id}-attribution`} type="text" value={link.attribution} onInput={input('attribution')} aria-describedby={`${id}-hint`} />
        <small id={`${id}-hint`}>
          {link.attributionEdited ? 'Your own text. Clear it to follow authors and source again.' : 'Follows authors and source until you edit it.'}
        </small>
      </div>
      {after('attribution', 'Attribution')}
    </>
  );
}
