import type { ChosenFile } from '@/lib/archive/archive-files';
import type { ImportReport } from './archive-page-state';

/** A folder chooser where the browser has one (`webkitdirectory`, missing from Preact's attribute types). */
const FOLDER = { webkitdirectory: true } as Record<string, unknown>;

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const numbers = (list: readonly number[]) => list.map((n) => `#${n}`).join(', ');

/**
 * "Import issues": several `.md` files or a `.zip` of the site's collection, or
 * a whole folder where the browser lets one be chosen; then what happened,
 * with a Replace choice for each issue whose file differs from what is stored.
 */
export function ArchiveImport(props: {
  progress: { done: number; total: number } | null;
  report: ImportReport | null;
  read: (files: FileList | null) => Promise<ChosenFile[]>;
  onImport: (files: ChosenFile[]) => Promise<void>;
  onReplace: (numbers: number[]) => Promise<void>;
}) {
  const { progress, report } = props;
  const choose = async (input: HTMLInputElement) => {
    const files = await props.read(input.files);
    input.value = '';
    if (files.length) await props.onImport(files);
  };
  return (
    <section id="import" class="archive-import" aria-labelledby="archive-import-heading">
      <h2 id="archive-import-heading">Import</h2>
      <p class="muted">
        The site’s issue files (<code>_newsletter_issues/0131.md</code> …): pick them, a <code>.zip</code> of them, or their folder.
      </p>
      <div class="archive-inputs">
        <label>
          <span>Import issues</span>
          <input
            type="file"
            multiple
            accept=".md,.markdown,.zip,text/markdown,application/zip"
            disabled={!!progress}
            onChange={(e) => void choose(e.currentTarget)}
          />
        </label>
        <label>
          <span>Import a folder of issues</span>
          <input type="file" {...FOLDER} disabled={!!progress} onChange={(e) => void choose(e.currentTarget)} />
        </label>
      </div>
      {progress && (
        <p class="import-progress">
          <label>
            Reading issues: {progress.done} of {progress.total}{' '}
            <progress max={progress.total} value={progress.done}>
              {progress.done} of {progress.total}
            </progress>
          </label>
        </p>
      )}
      {report && (
        <div class="import-report" role="status">
          <p>
            Imported {plural(report.outcome.added.length, 'issue')}
            {report.outcome.unchanged.length > 0 && `; ${plural(report.outcome.unchanged.length, 'issue')} already stored, unchanged`}
            {report.outcome.replaced.length > 0 && `; replaced ${numbers(report.outcome.replaced)}`}.
          </p>
          {report.outcome.draftMovedTo && (
            <p>
              This week’s issue is now #{report.outcome.draftMovedTo.number}, dated {report.outcome.draftMovedTo.date}.
            </p>
          )}
          {report.differing.length > 0 && (
            <ul class="import-differing">
              {report.differing.map((issue) => (
                <li key={issue.number}>
                  {issue.fileName} differs from the stored issue #{issue.number}; the stored one is kept.{' '}
                  <button type="button" onClick={() => void props.onReplace([issue.number])}>
                    Replace #{issue.number}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {report.skipped.length > 0 && (
            <ul class="import-skipped">
              {report.skipped.map((file) => (
                <li key={file.fileName}>
                  Skipped {file.fileName}: {file.reason}.
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
