import { computed, signal } from '@preact/signals';
import { earlierPlace } from '@/lib/archive/linked-in';
import { type DuplicateReport, type IssueEdit, IssueNumberTaken } from '@/lib/db';
import { checkExport, publishRefusal } from '@/lib/export/check-export';
import { clipsToSend, exportFileName, issueSubtitle } from '@/lib/export/issue-export';
import { type IssueFieldValues, issueEditOf, issueWithFields } from '@/lib/issue-fields/issue-field-values';
import { afterIssueSave, type IssueFieldsEditing, withStoredIssue } from '@/lib/issue-fields/issue-fields-editing';
import type { Issue } from '@/lib/model/issue';
import { type PendingEdit, pendingIssueKey } from '@/lib/model/pending-edit';
import type { PendingEditArea } from '@/lib/saving/pending-edit-fallback';
import { createPendingEditWriter } from '@/lib/saving/pending-edit-writer';
import { createSaveScheduler } from '@/lib/saving/save-scheduler';
import { storageErrorMessage } from '@/lib/saving/storage-error';
import { duplicateOptionsOf, type TemplateDuplicateOptions } from '@/lib/template/duplicate-options';
import type { RoundupTemplate } from '@/lib/template/template';
import type { QueueState } from './queue-state';

/** The storage verbs the issue page calls itself; the queue's go through its `QueueState`. */
export interface IssuePageStore {
  /** The newest draft issue, created on first use. */
  currentIssue(): Promise<Issue>;
  updateIssue(issueId: number, edit: IssueEdit, now?: number, base?: IssueEdit): Promise<Issue>;
  /** One `put` of the fields' unsaved values, as the page unloads or a save fails. */
  savePendingEdit(pending: PendingEdit): Promise<unknown>;
  resolveIssueConflict(issueId: number, field: string, choice: 'keep' | 'other'): Promise<void>;
  /** Freezes the issue with its markdown and returns the next draft. */
  publishIssue(issueId: number, markdown: string): Promise<Issue>;
  /** Where the pages have been linked before: the export warns of a clip linked in a published issue. */
  findDuplicates(urls: readonly string[], currentIssueId: number, options?: TemplateDuplicateOptions): Promise<DuplicateReport>;
}

export interface IssuePageStateEnv {
  store: IssuePageStore;
  loadTemplate: () => Promise<RoundupTemplate>;
  /** The Queue view's state for an issue; the page subscribes it while it is shown. */
  queueFor: (issueId: number) => QueueState;
  /** The issue to open; the current draft otherwise. */
  issueId?: number;
  /** `storage.local`: where the fields' pending edit goes when IndexedDB refuses it. */
  pendingArea?: PendingEditArea;
  now?: () => number;
}

/** How long typing in the fields pauses before the export is checked again. */
export const CHECK_PAUSE_MS = 300;

/**
 * State of the issue page: which issue is open, its fields as typed (saved as
 * typed), the markdown they and the queue make, publishing. Exposes read-only
 * signals and named actions; the page only renders them.
 */
export function createIssuePageState(env: IssuePageStateEnv) {
  const issueId = signal<number | null>(env.issueId ?? null);
  const template = signal<RoundupTemplate | null>(null);
  const now = env.now ?? Date.now;
  /** The fields as typed, against what (see `IssueFieldsEditing`); read through `fields`, which brings in newer revisions. */
  const typed = signal<IssueFieldsEditing | null>(null);
  const error = signal<string | null>(null);
  /** A number the last save refused because another issue has it (`IssueNumberTaken`). */
  const takenNumber = signal<number | null>(null);
  /** Clip id → the published issue that linked its page ("#130"), read by `refreshLinkedBefore`. */
  const linkedBefore = signal<ReadonlyMap<number, string>>(new Map());
  let linkedKey = '';

  const showError = (e: unknown) => {
    error.value = storageErrorMessage(e);
  };

  const queue = computed(() => (issueId.value === null ? null : env.queueFor(issueId.value)));
  const current = computed(() => queue.value?.queue.value ?? null);
  const issue = computed(() => current.value?.issue ?? null);
  /** The fields as shown: as typed, with what another page saved since in the fields not typed in. */
  const fields = computed(() => (issue.value ? withStoredIssue(typed.value, issue.value) : null));
  const values = computed(() => fields.value?.values ?? null);
  /** The issue with the fields as typed, before they are stored. */
  const edited = computed(() => (issue.value && values.value ? issueWithFields(issue.value, values.value) : issue.value));
  /**
   * While the editor types in the fields: the issue as it was before, which the check keeps using
   * until typing pauses (`CHECK_PAUSE_MS`) or an export needs it (`checkNow`). The check reads the
   * markdown back and every item's text: 20–50 ms on an issue of 30–60 clips, too long for every keystroke.
   */
  const beforeTyping = signal<Issue | null>(null);
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  const catchUp = () => {
    clearTimeout(checkTimer);
    beforeTyping.value = null;
  };
  /** The export as checked (issue #9): markdown for Copy, Download, Preview and Publish, its problems, whether it may be published. */
  const check = computed(() => {
    const checked = beforeTyping.value ?? edited.value;
    return checked && template.value && current.value ? checkExport(checked, current.value.clips, template.value, { linkedBefore: linkedBefore.value }) : null;
  });
  /** The check of everything typed so far, at once: what Copy, Download and Publish write. */
  const checkNow = () => {
    catchUp();
    return check.value;
  };

  /** Looks up, through the indexed URLs, which clips were linked in a published issue; only when the links changed. */
  async function refreshLinkedBefore(): Promise<void> {
    const queue = current.value;
    if (queue?.issue.status !== 'draft' || !template.value) return;
    const options = duplicateOptionsOf(template.value);
    const key = `${JSON.stringify(options)}:${queue.issue.id}:${queue.clips.map((c) => `${c.id}=${c.links.map((l) => l.url).join(' ')}`).join('\n')}`;
    if (key === linkedKey) return;
    linkedKey = key;
    try {
      const found = await Promise.all(
        queue.clips.map(async (clip) => {
          const report = await env.store.findDuplicates(
            clip.links.map((l) => l.url),
            queue.issue.id,
            options,
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

  const pendingWriter = createPendingEditWriter(env.store.savePendingEdit, env.pendingArea, showError);
  /** What one save sends: the values, the base they were typed against, and which issue. */
  interface FieldsSave {
    issueId: number;
    values: IssueFieldValues;
    base: IssueEdit;
  }
  /**
   * What a save sends: the fields as shown when it starts (an earlier save or
   * another page may have moved them and their base on since the change was
   * scheduled), or as scheduled when another issue has been opened since.
   */
  const sendingNow = (scheduled: FieldsSave): FieldsSave => {
    const open = fields.value;
    return open && issue.value?.id === scheduled.issueId ? { issueId: scheduled.issueId, values: open.values, base: open.base } : scheduled;
  };
  const persistPending = (sent: FieldsSave, at: number = now()) =>
    pendingWriter.persist({
      key: pendingIssueKey(sent.issueId),
      target: 'issue',
      id: sent.issueId,
      edit: issueEditOf(sent.values),
      base: sent.base,
      updatedAt: at,
    });

  const saving = createSaveScheduler<FieldsSave>(
    async (scheduled) => {
      const at = now();
      const sent = sendingNow(scheduled);
      try {
        const stored = await env.store.updateIssue(sent.issueId, issueEditOf(sent.values), at, sent.base);
        pendingWriter.settled(pendingIssueKey(sent.issueId), at);
        const open = fields.value;
        if (open && issue.value?.id === sent.issueId) typed.value = afterIssueSave(open, sent.values, stored);
        error.value = null;
        takenNumber.value = null;
      } catch (e) {
        if (e instanceof IssueNumberTaken) {
          // Everything but the number is saved: the fields take that up, and the number as typed
          // stays on screen (not stored, not pending) beside the error, until the editor changes it.
          pendingWriter.settled(pendingIssueKey(sent.issueId), at);
          const open = fields.value;
          const asSaved = { ...sent.values, number: String(e.stored.number) };
          if (open && issue.value?.id === sent.issueId) typed.value = afterIssueSave(open, asSaved, e.stored);
          takenNumber.value = e.number;
          throw e;
        }
        // The typed text stays in the fields, and in a pending-edit record for the next page.
        persistPending(sent, at);
        throw e;
      }
    },
    showError,
    { persistPending: (scheduled) => persistPending(sendingNow(scheduled)) },
  );

  async function start(): Promise<void> {
    env.loadTemplate().then((t) => {
      template.value = t;
      // The duplicate check leaves out the template's own links, so it waits for the template.
      void refreshLinkedBefore();
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
    const open = fields.value;
    if (stored?.id === undefined || !open) return;
    beforeTyping.value ??= edited.peek();
    typed.value = { ...open, values: next };
    saving.schedule({ issueId: stored.id, values: next, base: open.base });
    clearTimeout(checkTimer);
    checkTimer = setTimeout(catchUp, CHECK_PAUSE_MS);
  }

  /** The editor's one click on a field changed in two places; what is typed is saved first. */
  async function resolveConflict(field: string, choice: 'keep' | 'other'): Promise<void> {
    const id = issue.value?.id;
    if (id === undefined) return;
    await saving.flush();
    await env.store.resolveIssueConflict(id, field, choice).catch(showError);
  }

  /** Opens another issue; what was typed in this one is saved first. */
  function open(id: number): void {
    void saving.flush();
    catchUp();
    issueId.value = id;
  }

  async function setSectionOrder(order: string[]): Promise<void> {
    const id = issue.value?.id;
    if (id === undefined) return;
    await env.store.updateIssue(id, { sectionOrder: order }).catch(showError);
  }

  /**
   * Stores what was typed, publishes the markdown of everything typed (checked again now: the
   * check shown may wait for a pause in typing) and opens the next draft; null when it failed or
   * the check now finds errors (the error says why).
   */
  async function publish(): Promise<Issue | null> {
    const id = issue.value?.id;
    if (id === undefined) return null;
    const checked = checkNow();
    const refusal = checked ? publishRefusal(checked) : null;
    if (!checked || refusal) {
      error.value = refusal;
      return null;
    }
    try {
      await saving.flush();
      const next = await env.store.publishIssue(id, checked.markdown);
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
    /** Fields changed in two places, each with the other text, until the editor picks one. */
    conflicts: computed(() => issue.value?.conflicts ?? []),
    readOnly: computed(() => issue.value?.status === 'published'),
    /** The subtitle built from the clips' labels, shown while the editor has not written one. */
    autoSubtitle: computed(() => (current.value ? issueSubtitle({}, clipsToSend(current.value.clips)) : '')),
    check,
    checkNow,
    fileName: computed(() => (edited.value ? exportFileName(edited.value) : '')),
    /** The clip count of a draft, for the toolbar badge; undefined for a published issue. */
    draftCount: computed(() => (issue.value?.status === 'draft' ? current.value?.clips.length : undefined)),
    error: computed(() => error.value),
    /** The number in the field, while it is one another issue has (the last save said so): shown on the field. */
    numberTaken: computed(() => (takenNumber.value !== null && values.value?.number === String(takenNumber.value) ? takenNumber.value : null)),
    saving,
    start,
    editFields,
    resolveConflict,
    open,
    setSectionOrder,
    refreshLinkedBefore,
    publish,
    showError,
  };
}

export type IssuePageState = ReturnType<typeof createIssuePageState>;
