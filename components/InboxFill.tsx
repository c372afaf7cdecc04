interface Props {
  disabled: boolean;
  onFill: () => void;
}

/**
 * Shown when the page is a link waiting in the Inbox ("Clip link to this
 * issue"): its details can come from this page's form, into the section chosen below.
 */
export function InboxFill({ disabled, onFill }: Props) {
  return (
    <p class="notice inbox-fill">
      This link is in the Inbox, with details to fill. Check the fields and section below, then{' '}
      <button type="button" class="primary" disabled={disabled} onClick={onFill}>
        Fill details from this page
      </button>
    </p>
  );
}
