import { useState } from 'preact/hooks';
import type { ChosenFile } from '@/lib/archive/archive-files';
import type { ImportReport } from './archive-page-state';

/** Whether this browser's file chooser can pick a folder (`webkitdirectory`: Chromium and Firefox). */
const CAN_PICK_FOLDER = typeof HTMLInputElement !== 'undefined' && 'webkitdirectory' in HTMLInputElement.prototype;

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const numbers = (list: readonly number[]) => list.map((n) => `#${n}`).join(', ');

/**
 * "Import issues": one file input for several `.md` files or a `.zip` of the
 * site's collection, or, with "Pick a folder" ticked where the browser can
 * (a chooser picks either files or a folder, never both), the whole folder;
 * then what happened, with a Replace choice for each issue whose file differs
 * from what is stored.
 */
export function ArchiveImport(props: {
  progress: { done: number; total: number } | null;
  report: ImportReport | null;
  read: (files: FileList | null) => Promise<ChosenFile[]>;
  onImport: (files: ChosenFile[]) => Promise<void>;
  onReplace: (numbers: number[]) => Promise<void>;
}) {
  const { progress, report } = props;
  const [folder, setFolder] = useState(false);
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
            // Missing from Preact's attribute types; set as the input's boolean property.
            {...((folder ? { webkitdirectory: true } : {}) as Record<string, unknown>)}
            accept={folder ? undefined : '.md,.markdown,.zip,text/markdown,application/zip'}
            disabled={!!progress}
            onChange={(e) => void choose(e.currentTarget)}
          />
        </label>
        {CAN_PICK_FOLDER && (
          <label class="check">
            <input type="checkbox" checked={folder} disabled={!!progress} onChange={(e) => setFolder(e.currentTarget.checked)} />
            Pick a folder
          </label>
        )}
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
