import { moveItem } from '@/lib/queue/move-item';

/** This section order; an issue may open with a different section than usual. */
export function SectionOrder({ order, readOnly, onChange }: { order: string[]; readOnly: boolean; onChange: (order: string[]) => void }) {
  const move = (from: number, to: number) => onChange(moveItem(order, from, to));
  return (
    <ol class="section-order" aria-label="Section order">
      {order.map((name, i) => (
        <li key={name}>
          <span>{name}</span>
          {!readOnly && (
            <>
              <button type="button" aria-label={`Move ${name} up`} disabled={i === 0} onClick={() => move(i, i - 1)}>
                ↑
              </button>
              <button type="button" aria-label={`Move ${name} down`} disabled={i === order.length - 1} onClick={() => move(i, i + 1)}>
                ↓
              </button>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
