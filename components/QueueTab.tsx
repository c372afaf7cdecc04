import { PopupExport, type PopupExportEnv } from './PopupExport';
import { QueueView } from './QueueView';
import type { QueueState } from './queue-state';

/** The popup's Queue tab: loaded on demand, so the Clip view opens without it. */
export default function QueueTab({ queue, env }: { queue: QueueState; env: PopupExportEnv }) {
  return (
    <>
      <QueueView state={queue} />
      <PopupExport queue={queue} env={env} />
    </>
  );
}
