import { CORRECTED_FIELD_LABELS, type Correction } from '@/lib/model/correction';
import type { RememberedState } from './clip-session';

/** "Source", or "Author “Dana Smith”" (the name as the form now shows it, or the one left out). */
function fieldName(c: Correction): string {
  return c.field === 'author' ? `${CORRECTED_FIELD_LABELS.author} “${c.to || c.from}”` : CORRECTED_FIELD_LABELS[c.field];
}

/** One line per remembered correction the form opened with: "Source remembered for example.com", and Forget. */
export function RememberedCorrections({ remembered, onForget }: { remembered: RememberedState; onForget: (c: Correction) => void }) {
  return (
    <ul class="remembered" aria-label="Remembered corrections">
      {remembered.corrections.map((c) => (
        <li key={`${c.field}\u0000${c.from}`} class="notice">
          {fieldName(c)} {c.field === 'author' && !c.to ? 'left out, ' : ''}remembered for {remembered.site}.{' '}
          <button type="button" aria-label={`Forget the remembered ${fieldName(c)}`} onClick={() => onForget(c)}>
            Forget
          </button>
        </li>
      ))}
    </ul>
  );
}
