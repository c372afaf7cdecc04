import { batch, computed, signal } from '@preact/signals';
import {
  type EditableField,
  type ClipForm,
  clipFromForm,
  formFromPage,
  formProblems,
  updateForm,
} from '@/lib/clip-form';
import {
  addClip, countClips, currentIssue, lastUsedSection, loadDraft, saveDraft, undoAddClip,
  type RoundupDatabase,
} from '@/lib/db';
import { createDraftSaver } from '@/lib/draft-saver';
import type { Issue } from '@/lib/issue';
import { metadataFromTab, type PageReading } from '@/lib/page-reading';
import { storageErrorMessage } from '@/lib/storage-error';

/** What the Clip view needs from the outside world; tests pass fakes for `readPage`. */
export interface ClipEnv {
  db: RoundupDatabase;
  readPage: () => Promise<PageReading>;
  now?: () => Date;
}

export interface AddedState {
  clipId: number;
  section: string;
  count: number;
  form: ClipForm;
}

export type ClipPhase = 'reading' | 'editing' | 'added';

/**
 * State of one popup session: read the page, restore or start its draft,
 * persist every edit, add the clip, undo. Exposes read-only signals and named
 * actions; the components only render them.
 */
export function createClipSession(env: ClipEnv) {
  const now = env.now ?? (() => new Date());
  const phase = signal<ClipPhase>('reading');
  const form = signal<ClipForm | null>(null);
  const issue = signal<Issue | null>(null);
  const count = signal<number | null>(null);
  const notice = signal<string | null>(null);
  const error = signal<string | null>(null);
  const problems = signal<string[]>([]);
  const added = signal<AddedState | null>(null);
  const restored = signal(false);
  let draftKey = '';

  const showError = (e: unknown) => { error.value = storageErrorMessage(e); };
  const saver = createDraftSaver<ClipForm>((value) => saveDraft(env.db, draftKey, value, now().getTime()), showError);

  async function start(): Promise<void> {
    const reading = await env.readPage().catch((e: unknown) => ({
      metadata: metadataFromTab({ id: -1 }),
      notice: `Could not read this page: ${e instanceof Error ? e.message : String(e)} Fill in the fields by hand.`,
    }));
    const page = reading.metadata;
    draftKey = page.canonicalUrl || page.url || 'untitled';
    notice.value = reading.notice;
    let section = '';
    try {
      const current = await currentIssue(env.db, now());
      section = (await lastUsedSection(env.db, current.sectionOrder)) ?? current.sectionOrder[0] ?? '';
      const draft = await loadDraft(env.db, draftKey);
      batch(() => {
        issue.value = current;
        restored.value = draft !== undefined;
        form.value = draft?.form ?? formFromPage(page, section);
      });
      count.value = await countClips(env.db, current.id!);
    } catch (e) {
      // The editor can still read and type; the error says why nothing will be kept.
      showError(e);
      form.value ??= formFromPage(page, section);
    }
    phase.value = 'editing';
  }

  function edit(field: EditableField, value: string): void {
    if (!form.value) return;
    form.value = updateForm(form.value, field, value);
    problems.value = [];
    saver.schedule(form.value);
  }

  async function add(): Promise<boolean> {
    const current = form.value;
    if (!current || phase.value !== 'editing') return false;
    const found = formProblems(current);
    problems.value = found;
    if (found.length) return false;
    if (!issue.value?.id) {
      error.value ??= 'The clip database is not available, so the clip cannot be stored.';
      return false;
    }
    saver.cancel();
    try {
      const result = await addClip(env.db, clipFromForm(current, issue.value.id), draftKey, now().getTime());
      batch(() => {
        added.value = { clipId: result.clip.id!, section: current.section, count: result.count, form: current };
        count.value = result.count;
        error.value = null;
        phase.value = 'added';
      });
      return true;
    } catch (e) {
      showError(e);
      saver.schedule(current); // keep the draft: nothing the editor typed is lost
      return false;
    }
  }

  async function undo(): Promise<void> {
    const last = added.value;
    if (!last) return;
    try {
      count.value = await undoAddClip(env.db, last.clipId, { key: draftKey, form: last.form, updatedAt: now().getTime() });
      batch(() => {
        form.value = last.form;
        added.value = null;
        phase.value = 'editing';
      });
    } catch (e) {
      showError(e);
    }
  }

  return {
    phase: computed(() => phase.value),
    form: computed(() => form.value),
    issue: computed(() => issue.value),
    count: computed(() => count.value),
    notice: computed(() => notice.value),
    error: computed(() => error.value),
    problems: computed(() => problems.value),
    added: computed(() => added.value),
    restored: computed(() => restored.value),
    start,
    edit,
    add,
    undo,
    /** Writes the pending draft now; called on pagehide, when the popup is closing. */
    flush: () => saver.flush(),
  };
}

export type ClipSession = ReturnType<typeof createClipSession>;
