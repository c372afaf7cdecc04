import { CLIP_KINDS, type ClipKind } from '@/lib/model/clip';

/** The sections; a section renamed since the clip was filed still shows as chosen. */
export function SectionSelect({
  value,
  sections,
  onChange,
  label = 'Section',
}: {
  value: string;
  sections: readonly string[];
  onChange: (section: string) => void;
  label?: string;
}) {
  const options = sections.includes(value) || !value ? sections : [...sections, value];
  return (
    <label class="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {options.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}

export function KindSelect({ value, onChange }: { value: ClipKind; onChange: (kind: ClipKind) => void }) {
  return (
    <label class="field">
      <span>Kind</span>
      <select value={value} onChange={(e) => onChange(e.currentTarget.value as ClipKind)}>
        {CLIP_KINDS.map(({ kind, label }) => (
          <option key={kind} value={kind}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
