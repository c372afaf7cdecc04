import { type IssueFieldValues, isIssueNumber } from '@/lib/issue-fields/issue-field-values';
import { conflictOn } from '@/lib/merge/conflict-text';
import type { FieldConflict } from '@/lib/model/revision';
import { ConflictChoice } from './ConflictChoice';

interface Props {
  values: IssueFieldValues;
  readOnly: boolean;
  /** The subtitle built from the clips' labels, shown while the editor has not written one. */
  autoSubtitle: string;
  onChange: (values: IssueFieldValues) => void;
  /** Fields changed in two places (this page and another), each shown next to its field. */
  conflicts?: readonly FieldConflict[];
  onResolve?: (field: string, choice: 'keep' | 'other') => void;
  /** The number typed, when another issue has it: said on the field. */
  numberTaken?: number | null;
}

/**
 * Number, date, hero image, subtitle and intro of the issue; the page saves them as typed.
 * The intro reads rendered in the issue's preview beside it, so it has no preview of its own.
 */
export function IssueFields({ values, readOnly, autoSubtitle, onChange, conflicts = [], onResolve = () => {}, numberTaken = null }: Props) {
  const set = (patch: Partial<IssueFieldValues>) => onChange({ ...values, ...patch });
  const conflictFor = (field: string, label: string) => (
    <ConflictChoice conflict={conflictOn(conflicts, field)} label={label} disabled={readOnly} onChoose={(choice) => onResolve(field, choice)} />
  );

  return (
    <section class="issue-fields fields" aria-label="Issue details">
      <label class="field">
        <span>Issue number</span>
        <input
          type="number"
          min={1}
          value={values.number}
          readOnly={readOnly}
          aria-invalid={!isIssueNumber(values.number) || numberTaken !== null}
          aria-describedby={numberTaken !== null ? 'issue-number-taken' : undefined}
          onInput={(e) => set({ number: e.currentTarget.value })}
        />
        {numberTaken !== null && (
          <small id="issue-number-taken" class="field-problem">
            Issue #{numberTaken} already exists: not saved.
          </small>
        )}
      </label>
      {conflictFor('number', 'Issue number')}
      <label class="field">
        <span>Date</span>
        <input type="date" value={values.date} readOnly={readOnly} onInput={(e) => set({ date: e.currentTarget.value })} />
      </label>
      {conflictFor('date', 'Date')}
      <label class="field wide">
        <span>Hero image</span>
        <input
          type="url"
          value={values.heroImg}
          readOnly={readOnly}
          placeholder="https://… (optional)"
          onInput={(e) => set({ heroImg: e.currentTarget.value })}
        />
      </label>
      {conflictFor('heroImg', 'Hero image')}
      <div class="field wide">
        <label for="issue-subtitle">Subtitle</label>
        <input
          id="issue-subtitle"
          type="text"
          value={values.subtitle ?? autoSubtitle}
          readOnly={readOnly}
          onInput={(e) => set({ subtitle: e.currentTarget.value })}
        />
        <small>
          {values.subtitle === null ? 'Built from the clips’ labels, in issue order.' : 'Your own subtitle.'}{' '}
          {values.subtitle !== null && !readOnly && (
            <button type="button" onClick={() => set({ subtitle: null })}>
              Build from labels
            </button>
          )}
        </small>
      </div>
      {conflictFor('subtitle', 'Subtitle')}
      <label class="field wide">
        <span>Intro</span>
        <textarea rows={6} value={values.intro} readOnly={readOnly} onInput={(e) => set({ intro: e.currentTarget.value })} />
      </label>
      {conflictFor('intro', 'Intro')}
    </section>
  );
}
