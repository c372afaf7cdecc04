import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RoundupStore } from '@/lib/db';
import { ClipView } from './ClipView';
import { type ClipEnv, createClipSession } from './clip-session';
import { IssueHeader } from './IssueHeader';
import type { PopupExportEnv } from './PopupExport';
import { PopupTabs, type PopupView, TabPanel } from './PopupTabs';
import type QueueTabComponent from './QueueTab';
import { createQueueState } from './queue-state';

export interface PopupEnv extends ClipEnv, PopupExportEnv {
  /** Opens the issue page in a tab. */
  openIssuePage: () => void;
  /** Shows the clip count on the toolbar button. */
  setBadge?: (count: number) => void;
  /** The view to open on (`?view=queue`); the Clip view otherwise. */
  initialView?: PopupView;
}

type QueueTabType = typeof QueueTabComponent;

/** Loads the Queue tab's code the first time it is wanted (shown, hovered or focused). */
function useQueueTab(wanted: boolean): QueueTabType | null {
  const [tab, setTab] = useState<QueueTabType | null>(null);
  useEffect(() => {
    if (wanted && !tab) void import('./QueueTab').then((m) => setTab(() => m.default));
  }, [wanted, tab]);
  return tab;
}

function useQueueState(store: RoundupStore, issueId: number | undefined) {
  return useMemo(() => (issueId === undefined ? null : createQueueState(store, issueId)), [store, issueId]);
}

/** The toolbar popup. It closes whenever focus leaves it, so drafts are flushed on pagehide. */
export function Popup({ env }: { env: PopupEnv }) {
  const session = useMemo(() => createClipSession(env), [env]);
  const [view, setView] = useState<PopupView>(env.initialView ?? 'clip');
  const [queueWanted, setQueueWanted] = useState(false);
  const QueueTab = useQueueTab(queueWanted || view === 'queue');
  const issue = session.issue.value;
  const queue = useQueueState(env.store, issue?.id);
  const count = session.count.value;

  useEffect(() => {
    void session.start();
    const flush = () => void session.flush();
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      session.dispose();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [session]);

  useEffect(() => {
    if (count !== null) env.setBadge?.(count);
  }, [count, env]);

  // Read the queue as soon as the issue is known, and fetch the Queue tab's code once the
  // Clip view is ready, so switching tabs only renders.
  useEffect(() => queue?.subscribe(), [queue]);
  const ready = session.phase.value !== 'reading';
  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(() => setQueueWanted(true), 50);
    return () => clearTimeout(timer);
  }, [ready]);

  const openClip = (clipId: number) => {
    queue?.edit(clipId);
    setView('queue');
  };

  return (
    <main class="popup">
      <IssueHeader issue={issue} count={count} onOpenIssue={env.openIssuePage} />
      {session.error.value && (
        <p class="error" role="alert">
          {session.error.value}
        </p>
      )}
      <PopupTabs view={view} onChange={setView} onQueueIntent={() => setQueueWanted(true)}>
        <TabPanel view="clip" active={view === 'clip'}>
          <ClipView session={session} onOpenClip={openClip} />
        </TabPanel>
        <TabPanel view="queue" active={view === 'queue'}>
          {view === 'queue' && queue && (QueueTab ? <QueueTab queue={queue} env={env} /> : <p aria-busy="true">Loading the queue…</p>)}
        </TabPanel>
      </PopupTabs>
    </main>
  );
}
