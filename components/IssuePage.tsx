import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RoundupStore } from '@/lib/db';
import { clipsToSend, exportFileName, issueSubtitle } from '@/lib/export/issue-export';
import { issueMarkdown } from '@/lib/export/issue-markdown';
import { type Issue, issueDateLabel } from '@/lib/model/issue';
import { createDraftSaver } from '@/lib/saving/save-scheduler';
import { storageErrorMessage } from '@/lib/saving/storage-error';
import type { RoundupTemplate } from '@/lib/template/template';
import { type ExportActions, ExportPanel } from './ExportPanel';
import { fieldValuesOf, IssueFields, type IssueFieldValues, issueEditOf } from './IssueFields';
import { MarkdownPreview } from './MarkdownPreview';
import { PublishControl } from './PublishControl';
import { QueueView } from './QueueView';
import { createQueueState } from './queue-state';
import { SectionOrder } from './SectionOrder';

export interface IssuePageEnv {
  store: RoundupStore;
  loadTemplate: () => Promise<RoundupTemplate>;
  exportActions: ExportActions;
  /** The issue to open (`?issue=`); the current draft otherwise. */
  issueId?: number;
  /** Keeps the toolbar badge in step when clips are deleted or merged here. */
  setBadge?: (count: number) => void;
}

/**
 * The issue page: details, intro with preview, section order, the queue with
 * all its operations, export, the final markdown and its rendering, publish.
 * Everything is saved as typed; a published issue is shown read-only.
 */
export function IssuePage({ env }: { env: IssuePageEnv }) {
  const { store } = env;
  const [issueId, setIssueId] = useState<number | null>(env.issueId ?? null);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [template, setTemplate] = useState<RoundupTemplate | null>(null);
  const [values, setValues] = useState<IssueFieldValues | null>(null);
  const [error, setError] = useState<string | null>(null);
  const showError = (e: unknown) => setError(storageErrorMessage(e));

  useEffect(() => {
    env.loadTemplate().then(setTemplate, showError);
    if (issueId === null) store.currentIssue().then((i) => setIssueId(i.id), showError);
    const subscription = store.watchIssues().subscribe({ next: setIssues, error: showError });
    return () => subscription.unsubscribe();
  }, [store]);

  const queue = useMemo(() => (issueId === null ? null : createQueueState(store, issueId)), [store, issueId]);
  useEffect(() => queue?.subscribe(), [queue]);
  const current = queue?.queue.value ?? null;
  const stored = current?.issue ?? null;
  useEffect(() => setValues(stored ? fieldValuesOf(stored) : null), [stored?.id, stored?.status]);

  const saver = useMemo(
    () =>
      createDraftSaver<IssueFieldValues>(async (v) => {
        if (issueId === null) return; // the fields only show once the issue is known
        await store.updateIssue(issueId, issueEditOf(v));
        setError(null);
      }, showError),
    [store, issueId],
  );
  useEffect(() => {
    const flush = () => void saver.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      flush();
      window.removeEventListener('pagehide', flush);
    };
  }, [saver]);

  const draftCount = stored?.status === 'draft' ? current?.clips.length : undefined;
  useEffect(() => {
    if (draftCount !== undefined) env.setBadge?.(draftCount);
  }, [draftCount]);

  const edited: Issue | null = stored && values ? { ...stored, ...issueEditOf(values), ...(values.subtitle === null ? { subtitle: undefined } : {}) } : stored;
  const result = useMemo(() => (edited && template && current ? issueMarkdown(edited, current.clips, template) : null), [current, values, template]);
  if (!stored || !values || !queue || !current) {
    return (
      <main class="issue-page">
        <h1>Roundup issue</h1>
        {error ? (
          <p role="alert" class="error">
            {error}
          </p>
        ) : (
          <p aria-busy="true">Loading…</p>
        )}
      </main>
    );
  }

  const readOnly = stored.status === 'published';
  const change = (next: IssueFieldValues) => {
    setValues(next);
    saver.schedule(next);
  };
  const jump = (clipId: number) => {
    queue.edit(clipId);
    requestAnimationFrame(() => document.querySelector(`[data-clip-id="${clipId}"]`)?.scrollIntoView({ block: 'center' }));
  };
  const publish = async (markdown: string) => {
    try {
      await saver.flush();
      const next = await store.publishIssue(stored.id, markdown);
      setIssueId(next.id);
      return next;
    } catch (e) {
      showError(e);
      return null;
    }
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
          <select
            value={String(stored.id)}
            onChange={(e) => {
              void saver.flush();
              setIssueId(Number(e.currentTarget.value));
            }}
          >
            {issues.map((i) => (
              <option key={i.id} value={String(i.id)}>
                #{i.number} · {issueDateLabel(i.date)}
                {i.status === 'published' ? ' · published' : ' · draft'}
              </option>
            ))}
          </select>
        </label>
      </header>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <div class="issue-columns">
        <div class="issue-edit">
          <IssueFields values={values} readOnly={readOnly} autoSubtitle={issueSubtitle({}, clipsToSend(current.clips))} onChange={change} />
          <h2>Section order</h2>
          <SectionOrder
            order={stored.sectionOrder}
            readOnly={readOnly}
            onChange={(order) => void store.updateIssue(stored.id, { sectionOrder: order }).catch(showError)}
          />
          <h2>Queue</h2>
          {readOnly ? <p class="muted">Published issues are read-only.</p> : <QueueView state={queue} />}
        </div>
        <div class="issue-output">
          <ExportPanel result={result} fileName={exportFileName(edited ?? stored)} actions={env.exportActions} onJump={readOnly ? undefined : jump} />
          {!readOnly && result?.markdown != null && <PublishControl issue={stored} markdown={result.markdown} onPublish={publish} />}
          <h2>Markdown</h2>
          <pre class="markdown-source" role="region" aria-label="Markdown preview" tabIndex={0}>
            {result?.markdown ?? ''}
          </pre>
          <h2>Rendered</h2>
          <MarkdownPreview markdown={result?.markdown?.replace(/^---\n[\s\S]*?\n---\n/, '') ?? ''} label="Rendered preview" />
        </div>
      </div>
    </main>
  );
}
