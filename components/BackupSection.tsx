import { useEffect, useId, useMemo } from 'preact/hooks';
import type { ArchiveBackups } from '@/lib/backup/archive-backups';
import { lastBackupLine, persistenceLine, summaryLines } from '@/lib/backup/backup-words';
import { createBackupState } from './backup-state';

const dateText = (at: number | string) => new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Backups on the options page: when the last one was made, how many are kept,
 * "Back up everything", and "Restore from backup" (a file), which shows what
 * the file holds before the editor merges it or replaces the archive with it.
 */
export function BackupSection({ backups, onRestored }: { backups: ArchiveBackups; onRestored?: () => void }) {
  const state = useMemo(() => createBackupState(backups, onRestored), [backups]);
  useEffect(() => void state.load(), [state]);
  const id = useId();
  const bookkeeping = state.bookkeeping.value;
  const chosen = state.chosen.value;
  const busy = state.busy.value;

  return (
    <section id="backups" aria-labelledby={`${id}-heading`} class="backups">
      <h2 id={`${id}-heading`}>Backups</h2>
      <p>
        One file holds every issue (with each published issue’s markdown), clip, unfinished draft, remembered correction and the template. Backups go to the
        “Roundup Clipper” folder in your downloads: automatically at every Publish, before a database upgrade and weekly.
      </p>
      {bookkeeping && <p>{lastBackupLine(bookkeeping, dateText)}</p>}
      {bookkeeping?.lastError && <p class="error">{bookkeeping.lastError}</p>}
      {state.persisted.value !== null && <p>{persistenceLine(state.persisted.value)}</p>}
      {bookkeeping && (
        <label class="field">
          <span>Backups to keep</span>
          <input
            type="number"
            min={1}
            max={100}
            value={bookkeeping.keep}
            onChange={(e) => {
              const n = Number(e.currentTarget.value);
              if (Number.isInteger(n) && n >= 1) state.setKeep(n);
            }}
          />
        </label>
      )}
      <p>
        <button type="button" disabled={busy} onClick={() => void state.backUpNow()}>
          Back up everything
        </button>
      </p>
      <div class="field">
        <label for={`${id}-restore`}>Restore from backup</label>
        <input
          id={`${id}-restore`}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => void state.choose(e.currentTarget.files?.[0])}
        />
      </div>
      {chosen && !chosen.ok && (
        <p role="alert" class="error">
          {chosen.problem}
        </p>
      )}
      {chosen?.ok && (
        <fieldset aria-label="Restore this backup">
          <p>This backup holds:</p>
          <ul>
            {summaryLines(chosen.summary, dateText).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p>Merge adds what is new and keeps both texts where they differ. Replace first backs up this archive, then makes it exactly the backup.</p>
          <button type="button" disabled={busy} onClick={() => void state.restore('merge')}>
            Merge into this archive
          </button>{' '}
          <button type="button" disabled={busy} onClick={() => void state.restore('replace')}>
            Replace this archive
          </button>{' '}
          <button type="button" disabled={busy} onClick={state.cancel}>
            Cancel
          </button>
        </fieldset>
      )}
      {state.error.value && (
        <p role="alert" class="error">
          {state.error.value}
        </p>
      )}
      <p role="status">{state.status.value}</p>
    </section>
  );
}
