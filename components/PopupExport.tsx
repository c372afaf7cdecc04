import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ExportCheck } from '@/lib/export/check-export';
import { exportFileName } from '@/lib/export/issue-export';
import type { Clip } from '@/lib/model/clip';
import type { Issue } from '@/lib/model/issue';
import type { RoundupTemplate } from '@/lib/template/template';
import { type ExportActions, ExportPanel } from './ExportPanel';
import type { QueueState } from './queue-state';

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
  const check = useMemo(() => (ready && current ? ready.render(current.issue, current.clips, ready.template) : null), [ready, current]);
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
