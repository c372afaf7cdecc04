import { useEffect, useId, useState } from 'preact/hooks';
import type { ExportProblem } from '@/lib/export/export-problems';
import type { IssueMarkdown } from '@/lib/export/issue-markdown';

export interface ExportActions {
  copyText: (text: string) => Promise<void>;
  downloadText: (fileName: string, text: string) => void;
  /** markdownlint's findings on the exported text (loaded on demand). */
  lint: (markdown: string) => Promise<string[]>;
}

interface Props {
  result: IssueMarkdown | null;
  fileName: string;
  actions: ExportActions;
  onJump?: (clipId: number) => void;
}

/**
 * "Copy markdown" and "Download .md", with what would embarrass the editor
 * listed first, each problem with a way to jump to its clip.
 */
export function ExportPanel({ result, fileName, actions, onJump }: Props) {
  const [lint, setLint] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const headingId = useId();
  const markdown = result?.markdown ?? null;

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

  const problems: ExportProblem[] = [...(result?.problems ?? []), ...lint.map((message) => ({ message }))];
  const copy = async () => {
    if (markdown === null) return;
    try {
      await actions.copyText(markdown);
      setStatus('Copied the issue’s markdown to the clipboard.');
    } catch (e) {
      setStatus(`Could not copy: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const download = () => {
    if (markdown === null) return;
    actions.downloadText(fileName, markdown);
    setStatus(`Downloaded ${fileName}.`);
  };

  return (
    <section class="export" aria-labelledby={headingId}>
      <h2 id={headingId}>Export</h2>
      {result === null && <p aria-busy="true">Checking the issue…</p>}
      {problems.length > 0 && (
        <ul class="export-problems" aria-label="Problems to fix before export">
          {problems.map(({ message, note, clipId }, i) => (
            <li key={`${i}-${message}`} class={note ? 'note' : undefined}>
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
      )}
      {result !== null && problems.every((p) => p.note) && <p class="muted">No problems found.</p>}
      <div class="actions">
        <button type="button" disabled={markdown === null} onClick={() => void copy()}>
          Copy markdown
        </button>
        <button type="button" disabled={markdown === null} onClick={download}>
          Download .md
        </button>
      </div>
      <p role="status" class="muted">
        {status}
      </p>
    </section>
  );
}
