import { useEffect, useMemo } from 'preact/hooks';
import type { RoundupStore } from '@/lib/db';
import { conflictOn } from '@/lib/merge/conflict-text';
import { issueDateLabel } from '@/lib/model/issue';
import type { PendingEditArea } from '@/lib/saving/pending-edit-fallback';
import type { RoundupTemplate } from '@/lib/template/template';
import { ConflictChoice } from './ConflictChoice';
import { type ExportActions, ExportPanel } from './ExportPanel';
import { IssueFields } from './IssueFields';
import { IssuePreview } from './IssuePreview';
import { createIssuePageState } from './issue-page-state';
import { PageLinks } from './PageLinks';
import { PageLoading } from './PageLoading';
import { PublishControl } from './PublishControl';
import { QueueView } from './QueueView';
import { createQueueState } from './queue-state';
import { SectionOrder } from './SectionOrder';
import { useLiveQuery } from './use-live-query';
import { useSaveAsYouType } from './use-save-as-you-type';

export interface IssuePageEnv {
  store: RoundupStore;
  /** `storage.local`: where a pending edit goes when IndexedDB refuses it, and is read back from. */
  pendingArea?: PendingEditArea;
  loadTemplate: () => Promise<RoundupTemplate>;
  exportActions: ExportActions;
  /** The issue to open (`?issue=`); the current draft otherwise. */
  issueId?: number;
  /** Opens a page in a new tab: an unfinished draft's "Open" in the Queue. */
  openPage?: (url: string) => void;
  /** Keeps the toolbar badge in step when clips are deleted or merged here. */
  setBadge?: (count: number) => void;
  /** The automatic backup at every Publish (issue #10); its failure is shown here and on the options page. */
  onPublished?: () => Promise<unknown>;
}

/**
 * The issue page: details, intro with preview, the queue with all its operations and the
 * section order on the left; export, publish and the issue's preview (rendered or markdown) on the right.
 * Everything is saved as typed; a published issue is shown read-only.
 */
export function IssuePage({ env }: { env: IssuePageEnv }) {
  const { store } = env;
  const state = useMemo(
    () =>
      createIssuePageState({
        store,
        loadTemplate: env.loadTemplate,
        queueFor: (issueId) => createQueueState(store, issueId, { loadTemplate: env.loadTemplate, pendingArea: env.pendingArea, openPage: env.openPage }),
        issueId: env.issueId,
        pendingArea: env.pendingArea,
      }),
    [store],
  );
  useEffect(() => void state.start(), [state]);
  useSaveAsYouType(state.saving);
  const issues = useLiveQuery(() => store.watchIssues(), [store], state.showError) ?? [];
  const queue = state.queue.value;
  useEffect(() => queue?.subscribe(), [queue]);

  const clipsNow = state.current.value?.clips;
  useEffect(() => void state.refreshLinkedBefore(), [clipsNow]);

  const draftCount = state.draftCount.value;
  useEffect(() => {
    if (draftCount !== undefined) env.setBadge?.(draftCount);
  }, [draftCount]);

  const publish = async () => {
    const next = await state.publish();
    if (next) void env.onPublished?.().catch(state.showError);
    return next;
  };

  const current = state.current.value;
  const stored = state.issue.value;
  const values = state.values.value;
  const error = state.error.value;
  const check = state.check.value;
  if (!stored || !values || !queue || !current) return <PageLoading className="issue-page" title="Roundup issue" error={error} />;

  const readOnly = state.readOnly.value;
  const jump = (clipId: number) => {
    queue.edit(clipId);
    requestAnimationFrame(() => document.querySelector(`[data-clip-id="${clipId}"]`)?.scrollIntoView({ block: 'center' }));
  };

  return (
    <main class="issue-page">
      <header class="issue-page-header">
        <h1>
          Issue #{stored.number} · {issueDateLabel(stored.date)}
          {readOnly ? ' (published)' : ''}
        </h1>
        <label>
          <span>Issue</span>
          <select value={String(stored.id)} onChange={(e) => state.open(Number(e.currentTarget.value))}>
            {issues.map((i) => (
              <option key={i.id} value={String(i.id)}>
                #{i.number} · {issueDateLabel(i.date)}
                {i.status === 'published' ? ' · published' : ' · draft'}
              </option>
            ))}
          </select>
        </label>
        <PageLinks pages={['archive', 'options']} />
      </header>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {/* The writing desk (issue #13 item 3): what is written on the left, how it reads on the right. */}
      <div class="issue-columns">
        <div class="issue-edit">
          <IssueFields
            values={values}
            readOnly={readOnly}
            autoSubtitle={state.autoSubtitle.value}
            onChange={state.editFields}
            conflicts={state.conflicts.value}
            onResolve={(field, choice) => void state.resolveConflict(field, choice)}
            numberTaken={state.numberTaken.value}
          />
          <h2>Queue</h2>
          {readOnly ? <p class="muted">Published issues are read-only.</p> : <QueueView state={queue} />}
          <h2>Section order</h2>
          <ConflictChoice
            conflict={conflictOn(state.conflicts.value, 'sectionOrder')}
            label="Section order"
            disabled={readOnly}
            onChoose={(choice) => void state.resolveConflict('sectionOrder', choice)}
          />
          <SectionOrder order={stored.sectionOrder} readOnly={readOnly} onChange={(order) => void state.setSectionOrder(order)} />
        </div>
        <div class="issue-output">
          <div class="export-bar">
            <ExportPanel
              check={check}
              checkNow={state.checkNow}
              fileName={state.fileName.value}
              actions={env.exportActions}
              onJump={readOnly ? undefined : jump}
              scrollingProblems
            />
            {!readOnly && check && <PublishControl issue={stored} check={check} onPublish={publish} />}
          </div>
          <IssuePreview markdown={check?.markdown ?? ''} />
        </div>
      </div>
    </main>
  );
}
