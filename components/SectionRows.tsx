import { useId } from 'preact/hooks';
import { moveItem } from '@/lib/queue/move-item';
import { newSectionRow, type SectionRow } from '@/lib/template/section-rows';
import type { TemplateProblem } from '@/lib/template/template-problems';

interface Props {
  rows: SectionRow[];
  /** The template's problems with its sections, by row index: shown on the row's name. */
  problems: readonly TemplateProblem[];
  onChange: (rows: SectionRow[]) => void;
}

/** The template's section list: rename, mark as briefs, reorder, add, remove. */
export function SectionRows({ rows, problems, onChange }: Props) {
  const id = useId();
  const patch = (i: number, change: Partial<SectionRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const move = (from: number, to: number) => onChange(moveItem(rows, from, to));
  return (
    <>
      <ol class="section-rows">
        {rows.map((row, i) => {
          const name = row.name || `section ${i + 1}`;
          const messages = problems.filter((p) => p.index === i).map((p) => p.message);
          const messageId = `${id}-${row.key}-problem`;
          return (
            <li key={row.key}>
              <input
                type="text"
                aria-label={`Section ${i + 1} name`}
                value={row.name}
                onInput={(e) => patch(i, { name: e.currentTarget.value })}
                aria-invalid={messages.length ? 'true' : undefined}
                aria-describedby={messages.length ? messageId : undefined}
              />
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
              {messages.length > 0 && (
                <small id={messageId} class="field-problem">
                  {messages.join(' ')}
                </small>
              )}
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
