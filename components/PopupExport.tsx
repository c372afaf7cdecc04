import { useEffect, useState } from 'preact/hooks';
import type { ExportCheck } from '@/lib/export/check-export';
import { exportFileName } from '@/lib/export/issue-export';
import type { Clip } from '@/lib/model/clip';
import type { Issue } from '@/lib/model/issue';
import type { RoundupTemplate } from '@/lib/template/template';
import { type ExportActions, ExportPanel } from './ExportPanel';
import type { QueueState } from './queue-state';

/** How long the export check waits after the queue changes. */
const CHECK_DELAY_MS = 150;

type Render = (issue: Issue, clips: readonly Clip[], template: RoundupTemplate) => ExportCheck;

export interface PopupExportEnv {
  loadTemplate: () => Promise<RoundupTemplate>;
  exportActions: ExportActions;
}

/**
 * Export from the popup, checked as the issue page checks it (no Publish here). The markdown renderer is loaded when the Queue tab
 * first shows, so the Clip view (opened forty times a week) does not carry it.
 */
export function PopupExport({ queue, env }: { queue: QueueState; env: PopupExportEnv }) {
  const [ready, setReady] = useState<{ render: Render; template: RoundupTemplate } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    Promise.all([import('@/lib/export/check-export'), env.loadTemplate()]).then(
      ([module, template]) => setReady({ render: module.checkExport, template }),
      (e: unknown) => setError(`Export is not available: ${String(e)}`),
    );
  }, [env]);
  const current = queue.queue.value;
  const [check, setCheck] = useState<ExportCheck | null>(null);
  useEffect(() => {
    if (!ready || !current) return;
    // The check reads the whole issue back (a markdown parse per item): it runs once the
    // queue has painted and the edits have paused, never inside the queue's own render.
    const timer = setTimeout(() => setCheck(ready.render(current.issue, current.clips, ready.template)), CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [ready, current]);
  if (error)
    return (
      <p role="alert" class="error">
        {error}
      </p>
    );
  if (!current) return null;
  const jump = (clipId: number) => {
    queue.edit(clipId);
    requestAnimationFrame(() => document.querySelector(`[data-clip-id="${clipId}"]`)?.scrollIntoView({ block: 'center' }));
  };
  return <ExportPanel check={check} fileName={exportFileName(current.issue)} actions={env.exportActions} onJump={jump} />;
}
