import { computed, signal } from '@preact/signals';
import { earlierPlace } from '@/lib/archive/linked-in';
import type { DuplicateReport, IssueEdit } from '@/lib/db';
import { checkExport } from '@/lib/export/check-export';
import { clipsToSend, exportFileName, issueSubtitle } from '@/lib/export/issue-export';
import { fieldValuesOf, type IssueFieldValues, issueEditOf, issueWithFields } from '@/lib/issue-fields/issue-field-values';
import type { Issue } from '@/lib/model/issue';
import { createSaveScheduler } from '@/lib/saving/save-scheduler';
import { storageErrorMessage } from '@/lib/saving/storage-error';
import type { RoundupTemplate } from '@/lib/template/template';
import type { QueueState } from './queue-state';

/** The storage verbs the issue page calls itself; the queue's go through its `QueueState`. */
export interface IssuePageStore {
  /** The newest draft issue, created on first use. */
  currentIssue(): Promise<Issue>;
  updateIssue(issueId: number, edit: IssueEdit, now?: number, base?: IssueEdit): Promise<Issue>;
  /** Freezes the issue with its markdown and returns the next draft. */
  publishIssue(issueId: number, markdown: string): Promise<Issue>;
  /** Where the pages have been linked before: the export warns of a clip linked in a published issue. */
  findDuplicates(urls: readonly string[], currentIssueId: number): Promise<DuplicateReport>;
}

export interface IssuePageStateEnv {
  store: IssuePageStore;
  loadTemplate: () => Promise<RoundupTemplate>;
  /** The Queue view's state for an issue; the page subscribes it while it is shown. */
  queueFor: (issueId: number) => QueueState;
  /** The issue to open; the current draft otherwise. */
  issueId?: number;
}

/** The fields as typed, and the issue they were typed in: another issue, or the same one published, starts again from storage. */
interface TypedFields {
  issue: string;
  values: IssueFieldValues;
}
const typedKey = (issue: Issue) => `${issue.id}:${issue.status}`;

/**
 * State of the issue page: which issue is open, its fields as typed (saved as
 * typed), the markdown they and the queue make, publishing. Exposes read-only
 * signals and named actions; the page only renders them.
 */
export function createIssuePageState(env: IssuePageStateEnv) {
  const issueId = signal<number | null>(env.issueId ?? null);
  const template = signal<RoundupTemplate | null>(null);
  const typed = signal<TypedFields | null>(null);
  const error = signal<string | null>(null);
  /** Clip id → the published issue that linked its page ("#130"), read by `refreshLinkedBefore`. */
  const linkedBefore = signal<ReadonlyMap<number, string>>(new Map());
  let linkedKey = '';

  const showError = (e: unknown) => {
    error.value = storageErrorMessage(e);
  };

  const queue = computed(() => (issueId.value === null ? null : env.queueFor(issueId.value)));
  const current = computed(() => queue.value?.queue.value ?? null);
  const issue = computed(() => current.value?.issue ?? null);
  const values = computed(() => {
    const stored = issue.value;
    if (!stored) return null;
    const fields = typed.value;
    return fields?.issue === typedKey(stored) ? fields.values : fieldValuesOf(stored);
  });
  /** The issue with the fields as typed, before they are stored. */
  const edited = computed(() => (issue.value && values.value ? issueWithFields(issue.value, values.value) : issue.value));
  /** The export as checked (issue #9): markdown for Copy, Download, Preview and Publish, its problems, whether it may be published. */
  const check = computed(() =>
    edited.value && template.value && current.value
      ? checkExport(edited.value, current.value.clips, template.value, { linkedBefore: linkedBefore.value })
      : null,
  );

  /** Looks up, through the indexed URLs, which clips were linked in a published issue; only when the links changed. */
  async function refreshLinkedBefore(): Promise<void> {
    const queue = current.value;
    if (queue?.issue.status !== 'draft') return;
    const key = `${queue.issue.id}:${queue.clips.map((c) => `${c.id}=${c.links.map((l) => l.url).join(' ')}`).join('\n')}`;
    if (key === linkedKey) return;
    linkedKey = key;
    try {
      const found = await Promise.all(
        queue.clips.map(async (clip) => {
          const report = await env.store.findDuplicates(
            clip.links.map((l) => l.url),
            queue.issue.id,
          );
          const last = report.published[0];
          return last ? ([clip.id, earlierPlace(last)] as const) : null;
        }),
      );
      if (key === linkedKey) linkedBefore.value = new Map(found.filter((f) => f !== null));
    } catch (e) {
      showError(e);
    }
  }

  const saving = createSaveScheduler<{ issueId: number; values: IssueFieldValues }>(async (fields) => {
    await env.store.updateIssue(fields.issueId, issueEditOf(fields.values));
    error.value = null;
  }, showError);

  async function start(): Promise<void> {
    env.loadTemplate().then((t) => {
      template.value = t;
    }, showError);
    if (issueId.value !== null) return;
    try {
      const { id } = await env.store.currentIssue();
      if (id !== undefined) issueId.value = id;
    } catch (e) {
      showError(e);
    }
  }

  function editFields(next: IssueFieldValues): void {
    const stored = issue.value;
    if (stored?.id === undefined) return;
    typed.value = { issue: typedKey(stored), values: next };
    saving.schedule({ issueId: stored.id, values: next });
  }

  /** Opens another issue; what was typed in this one is saved first. */
  function open(id: number): void {
    void saving.flush();
    issueId.value = id;
  }

  async function setSectionOrder(order: string[]): Promise<void> {
    const id = issue.value?.id;
    if (id === undefined) return;
    await env.store.updateIssue(id, { sectionOrder: order }).catch(showError);
  }

  /** Stores what was typed, publishes with this markdown and opens the next draft; null when it failed (the error says why). */
  async function publish(markdown: string): Promise<Issue | null> {
    const id = issue.value?.id;
    if (id === undefined) return null;
    try {
      await saving.flush();
      const next = await env.store.publishIssue(id, markdown);
      if (next.id !== undefined) issueId.value = next.id;
      return next;
    } catch (e) {
      showError(e);
      return null;
    }
  }

  return {
    queue,
    /** The open issue's queue (issue, clips, deletions), once read. */
    current,
    issue,
    values,
    readOnly: computed(() => issue.value?.status === 'published'),
    /** The subtitle built from the clips' labels, shown while the editor has not written one. */
    autoSubtitle: computed(() => (current.value ? issueSubtitle({}, clipsToSend(current.value.clips)) : '')),
    check,
    fileName: computed(() => (edited.value ? exportFileName(edited.value) : '')),
    /** The clip count of a draft, for the toolbar badge; undefined for a published issue. */
    draftCount: computed(() => (issue.value?.status === 'draft' ? current.value?.clips.length : undefined)),
    error: computed(() => error.value),
    saving,
    start,
    editFields,
    open,
    setSectionOrder,
    refreshLinkedBefore,
    publish,
    showError,
  };
}

export type IssuePageState = ReturnType<typeof createIssuePageState>;
