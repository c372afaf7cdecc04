import { conflictText } from '@/lib/merge/conflict-text';
import type { FieldConflict } from '@/lib/model/revision';

interface Props {
  conflict: FieldConflict | undefined;
  /** The field's visible label ("Commentary"), for the buttons' names. */
  label: string;
  onChoose: (choice: 'keep' | 'other') => void;
  disabled?: boolean;
}

/**
 * Shown next to a field changed in two places: the other text, and one click
 * to use it or keep the one in the field. Nothing is dropped until then.
 */
export function ConflictChoice({ conflict, label, onChoose, disabled }: Props) {
  if (!conflict) return null;
  return (
    <fieldset class="conflict wide" aria-label={`${label} changed in two places`}>
      <p class="conflict-says">
        <strong>{label}</strong> was changed in two places. The field shows the later save; the other version is:
      </p>
      <pre class="conflict-other">{conflictText(conflict.value)}</pre>
      <button type="button" aria-label={`Use other version of ${label}`} disabled={disabled} onClick={() => onChoose('other')}>
        Use other version
      </button>{' '}
      <button type="button" aria-label={`Keep this version of ${label}`} disabled={disabled} onClick={() => onChoose('keep')}>
        Keep this version
      </button>
    </fieldset>
  );
}
