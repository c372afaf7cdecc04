import type { ComponentProps, RefObject } from 'preact';
import { ClipEditor } from './ClipEditor';

type Props = ComponentProps<typeof ClipEditor> & {
  /** The item's "More actions" button: Done gives it the focus back. */
  menuButton: RefObject<HTMLButtonElement | null>;
};

/** An item's editor as it opens under the item (a queued clip or an Inbox item), with its Done button. */
export function OpenClipEditor({ menuButton, ...editor }: Props) {
  return (
    <>
      <ClipEditor {...editor} />
      <div class="editor-done">
        <button
          type="button"
          onClick={() => {
            editor.state.edit(null);
            menuButton.current?.focus();
          }}
        >
          Done
        </button>
      </div>
    </>
  );
}
