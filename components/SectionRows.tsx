import { moveItem } from '@/lib/queue/move-item';
import { newSectionRow, type SectionRow } from '@/lib/template/section-rows';

/** The template's section list: rename, mark as briefs, reorder, add, remove. */
export function SectionRows({ rows, onChange }: { rows: SectionRow[]; onChange: (rows: SectionRow[]) => void }) {
  const patch = (i: number, change: Partial<SectionRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const move = (from: number, to: number) => onChange(moveItem(rows, from, to));
  return (
    <>
      <ol class="section-rows">
        {rows.map((row, i) => {
          const name = row.name || `section ${i + 1}`;
          return (
            <li key={row.key}>
              <input type="text" aria-label={`Section ${i + 1} name`} value={row.name} onInput={(e) => patch(i, { name: e.currentTarget.value })} />
              <label class="checkbox">
                <input type="checkbox" checked={row.briefs} onChange={(e) => patch(i, { briefs: e.currentTarget.checked })} />
                <span>Briefs</span>
              </label>
              <button type="button" aria-label={`Move ${name} up`} disabled={i === 0} onClick={() => move(i, i - 1)}>
                ↑
              </button>
              <button type="button" aria-label={`Move ${name} down`} disabled={i === rows.length - 1} onClick={() => move(i, i + 1)}>
                ↓
              </button>
              <button type="button" aria-label={`Remove ${name}`} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                Remove
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => onChange([...rows, newSectionRow()])}>
        Add section
      </button>
    </>
  );
}
