import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FailureArea } from '@/lib/context-menu/menu-failure';
import { ClipView } from './ClipView';
import { type ClipEnv, createClipSession } from './clip-session';
import { IssueHeader } from './IssueHeader';
import { lazyView } from './lazy-view';
import type { PopupExportEnv } from './PopupExport';
import { PopupTabs, type PopupView, TabPanel } from './PopupTabs';
import type { QueueState } from './queue-state';
import { useSaveAsYouType } from './use-save-as-you-type';

export interface PopupEnv extends ClipEnv, PopupExportEnv {
  /** Opens the issue page in a tab. */
  openIssuePage: () => void;
  /** Opens a page in a new tab: an unfinished draft's "Open" in the Queue. */
  openPage?: (url: string) => void;
  /** Shows the clip count on the toolbar button. */
  setBadge?: (count: number) => void;
  /** The view to open on (`?view=queue`); the Clip view otherwise. */
  initialView?: PopupView;
  /** Work that must not slow the form down (the automatic backup): run once, when the Clip view is ready. */
  afterStart?: () => void;
  /** `storage.local`: where the background keeps a context-menu click or shortcut that failed, until dismissed (`lib/context-menu/menu-failure.ts`). */
  menuFailureArea?: FailureArea;
}

/** A context-menu action that failed in the background: loaded once the Clip view is ready. */
const MenuFailureNotice = lazyView(() => import('./MenuFailureNotice'));

/** The Queue tab and its export: loaded when first wanted (shown, hovered or focused), or once the Clip view is ready. */
const QueueTab = lazyView(() => import('./QueueTab'));

/**
 * The Queue's state. Its code is fetched once the Clip view is ready (or at once when the
 * popup opens on the Queue), like the Queue tab's: the Clip view never needs it.
 */
function useQueueState(env: PopupEnv, issueId: number | undefined, wanted: boolean): QueueState | null {
  const [queue, setQueue] = useState<QueueState | null>(null);
  useEffect(() => {
    if (issueId === undefined || !wanted) return;
    let live = true;
    void import('./queue-state').then(({ createQueueState }) => {
      if (live) setQueue(createQueueState(env.store, issueId, { loadTemplate: env.loadTemplate, pendingArea: env.pendingArea, openPage: env.openPage }));
    });
    return () => {
      live = false;
    };
  }, [env, issueId, wanted]);
  return queue;
}

const LOADING_QUEUE = <p aria-busy="true">Loading the queue…</p>;

/** The toolbar popup. It closes whenever focus leaves it, so the draft is saved on pagehide (`useSaveAsYouType`). */
export function Popup({ env }: { env: PopupEnv }) {
  const session = useMemo(() => createClipSession(env), [env]);
  const [view, setView] = useState<PopupView>(env.initialView ?? 'clip');
  const issue = session.issue.value;
  const ready = session.phase.value !== 'reading';
  const queue = useQueueState(env, issue?.id, ready || view === 'queue');
  const count = session.count.value;
  /** A clip "Open it" asked for before the Queue's code had arrived. */
  const toOpen = useRef<number | null>(null);

  // A layout effect: started right after the first render, not after the first paint (issue #13 item 7).
  useLayoutEffect(() => {
    void session.start();
    return () => session.dispose();
  }, [session]);
  useSaveAsYouType(session.saving);

  useEffect(() => {
    if (count !== null) env.setBadge?.(count);
  }, [count, env]);

  // Read the queue as soon as its state exists, and fetch the Queue tab's code once the
  // Clip view is ready, so switching tabs only renders. A layout effect: the read starts in
  // the render that brings the state, not a frame later (issue #13 item 7).
  useLayoutEffect(() => {
    if (!queue) return;
    if (toOpen.current !== null) queue.open(toOpen.current);
    toOpen.current = null;
    return queue.subscribe();
  }, [queue]);
  useEffect(() => {
    if (ready) env.afterStart?.();
  }, [ready, env]);
  // With the Queue's state (above): a click on the tab soon after the form shows finds both ready.
  useEffect(() => {
    if (ready) QueueTab.preload();
  }, [ready]);

  const openClip = (clipId: number) => {
    if (queue) queue.open(clipId);
    else toOpen.current = clipId;
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
      {ready && env.menuFailureArea && <MenuFailureNotice.View area={env.menuFailureArea} />}
      <PopupTabs view={view} onChange={setView} onQueueIntent={QueueTab.preload}>
        <TabPanel view="clip" active={view === 'clip'}>
          <ClipView session={session} onOpenClip={openClip} />
        </TabPanel>
        <TabPanel view="queue" active={view === 'queue'}>
          {view === 'queue' && (queue ? <QueueTab.View queue={queue} env={env} fallback={LOADING_QUEUE} /> : LOADING_QUEUE)}
        </TabPanel>
      </PopupTabs>
      {session.archiveEmpty.value && (
        // Below the form, never in its way: a first run may start with a clip rather than the archive.
        <p class="muted first-run">
          No past issues yet:{' '}
          <a href="/archive.html#import" target="_blank" rel="noopener">
            Import issues
          </a>{' '}
          or{' '}
          <a href="/options.html#backups" target="_blank" rel="noopener">
            Restore from backup
          </a>
          .
        </p>
      )}
    </main>
  );
}
