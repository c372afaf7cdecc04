import { useEffect, useMemo } from 'preact/hooks';
import { CORRECTED_FIELD_LABELS, type Correction } from '@/lib/model/correction';
import { type CorrectionsStore, createCorrectionsState } from './corrections-state';
import { useSaveAsYouType } from './use-save-as-you-type';

/** "Source “EXAMPLE NEWS LTD” on example.com": what names one correction to a screen reader. */
function describe(c: Correction): string {
  return `${CORRECTED_FIELD_LABELS[c.field]} “${c.from}” on ${c.site}`;
}

/**
 * The options page's "Remembered corrections": the fixes the popup remembered per
 * site, each one's replacement editable (saved as typed) and each deletable.
 */
export function CorrectionsList({ store }: { store: CorrectionsStore }) {
  const state = useMemo(() => createCorrectionsState(store), [store]);
  useEffect(() => void state.load(), [state]);
  useSaveAsYouType(state.saving);
  const rows = state.rows.value;
  const error = state.error.value;

  return (
    <section aria-labelledby="corrections-heading" class="corrections">
      <h2 id="corrections-heading">Remembered corrections</h2>
      <p class="muted">
        When you fix a Source, an author’s name or an attribution in the popup, the next clip from that site starts with your fix. They stay in this browser.
      </p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {rows?.length === 0 && <p>No corrections remembered yet.</p>}
      {rows && rows.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Site</th>
              <th scope="col">Field</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">
                <span class="visually-hidden">Delete</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={`${c.site}\u0000${c.field}\u0000${c.from}`}>
                <td>{c.site}</td>
                <td>{CORRECTED_FIELD_LABELS[c.field]}</td>
                <td>{c.from || <span class="muted">(none)</span>}</td>
                <td>
                  <input type="text" aria-label={`Correction of ${describe(c)}`} value={c.to} onInput={(e) => state.edit(c, e.currentTarget.value)} />
                </td>
                <td>
                  <button type="button" aria-label={`Delete the correction of ${describe(c)}`} onClick={() => void state.remove(c)}>
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
