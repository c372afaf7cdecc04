import { useEffect, useId, useState } from 'preact/hooks';
import { type ExportCheck, exportErrorSummary, type IssueProblem, type ProblemSeverity } from '@/lib/export/check-export';

export interface ExportActions {
  copyText: (text: string) => Promise<void>;
  downloadText: (fileName: string, text: string) => void;
  /** markdownlint's findings on the exported text (loaded on demand). */
  lint: (markdown: string) => Promise<string[]>;
}

interface Props {
  /** The checked export (`checkExport`); null while it is being made. */
  check: ExportCheck | null;
  /** The check of everything typed, at once, where `check` waits for a pause in typing (the issue page): what Copy and Download write. */
  checkNow?: () => ExportCheck | null;
  fileName: string;
  actions: ExportActions;
  onJump?: (clipId: number) => void;
  /**
   * The problems scroll in a box of their own (the issue page holds the export in view), so a
   * long list never hides Copy, Download and Publish; the box then takes focus, so the keyboard
   * can scroll it (WCAG 2.1.1).
   */
  scrollingProblems?: boolean;
}

const GROUPS: { severity: ProblemSeverity; label: string }[] = [
  { severity: 'error', label: 'Errors' },
  { severity: 'warning', label: 'Warnings' },
  { severity: 'note', label: 'Notes' },
];

/**
 * "Copy markdown" and "Download .md", with the export's own check listed
 * first: errors (which refuse Publish), warnings and notes, each problem that
 * names a clip with a way to jump to it. Copy and Download work with errors
 * present, and say so next to the buttons.
 */
export function ExportPanel({ check, checkNow, fileName, actions, onJump, scrollingProblems = false }: Props) {
  const [lint, setLint] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const headingId = useId();
  const summaryId = useId();
  const markdown = check?.markdown ? check.markdown : null;

  useEffect(() => {
    setLint([]);
    if (markdown === null) return;
    let current = true;
    // Linting waits for a pause in typing; it is the slow part of the checks.
    const timer = setTimeout(() => {
      actions.lint(markdown).then(
        (found) => current && setLint(found),
        (e: unknown) => current && setLint([`markdownlint could not run: ${String(e)}`]),
      );
    }, 400);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [markdown, actions]);

  const problems: IssueProblem[] = [...(check?.problems ?? []), ...lint.map((message) => ({ severity: 'warning' as const, message }))];
  const summary = check ? exportErrorSummary(check) : null;
  /** The markdown to write: as of now, where the check shown may wait for a pause in typing. */
  const toWrite = () => (checkNow ? checkNow()?.markdown || null : markdown);
  const copy = async () => {
    const text = toWrite();
    if (text === null) return;
    try {
      await actions.copyText(text);
      setStatus('Copied the issue’s markdown to the clipboard.');
    } catch (e) {
      setStatus(`Could not copy: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const download = () => {
    const text = toWrite();
    if (text === null) return;
    actions.downloadText(fileName, text);
    setStatus(`Downloaded ${fileName}.`);
  };

  return (
    <section class="export" aria-labelledby={headingId}>
      <h2 id={headingId}>Export</h2>
      {check === null && <p aria-busy="true">Checking the issue…</p>}
      {problems.length > 0 && (
        <section class="export-checks" aria-label="Problems found" tabIndex={scrollingProblems ? 0 : undefined}>
          {GROUPS.map(({ severity, label }) => {
            const listed = problems.filter((p) => p.severity === severity);
            return listed.length > 0 && <ProblemList key={severity} severity={severity} label={label} problems={listed} onJump={onJump} />;
          })}
        </section>
      )}
      {check !== null && problems.every((p) => p.severity === 'note') && <p class="muted">No problems found.</p>}
      <div class="actions">
        <button type="button" disabled={markdown === null} aria-describedby={summary ? summaryId : undefined} onClick={() => void copy()}>
          Copy markdown
        </button>
        <button type="button" disabled={markdown === null} aria-describedby={summary ? summaryId : undefined} onClick={download}>
          Download .md
        </button>
        {summary && (
          <p id={summaryId} class="export-summary error">
            {summary}
          </p>
        )}
      </div>
      <p role="status" class="muted">
        {status}
      </p>
    </section>
  );
}

function ProblemList({
  severity,
  label,
  problems,
  onJump,
}: {
  severity: ProblemSeverity;
  label: string;
  problems: IssueProblem[];
  onJump?: (clipId: number) => void;
}) {
  const id = useId();
  return (
    <>
      <h3 id={id} class={`problems-heading ${severity}`}>
        {label} ({problems.length})
      </h3>
      <ul class={`export-problems ${severity}`} aria-labelledby={id}>
        {problems.map(({ message, clipId }, i) => (
          <li key={`${i}-${message}`}>
            {message}
            {clipId !== undefined && onJump && (
              <>
                {' '}
                <button type="button" onClick={() => onJump(clipId)}>
                  Show clip
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
