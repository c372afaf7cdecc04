import { computed, signal } from '@preact/signals';
import type { StampedTemplate } from '@/lib/model/setting';
import { createSaveScheduler, type SaveScheduler } from '@/lib/saving/save-scheduler';
import { storageErrorMessage } from '@/lib/saving/storage-error';
import { type SectionRow, sectionRenames, sectionRowsOf, sectionsOf, storedNamesAfter, storedNamesOf } from '@/lib/template/section-rows';
import type { RoundupTemplate } from '@/lib/template/template';
import { type TemplateProblem, templateProblems } from '@/lib/template/template-problems';
import { syncErrorMessage } from '@/lib/template/template-sync';

/** Where the options page reads and writes: the template (IndexedDB as typed, a copy in storage.sync), the sections of the draft issues. */
export interface OptionsStore {
  /** The newest copy of the template (IndexedDB's or storage.sync's). */
  loadTemplate(): Promise<RoundupTemplate>;
  /** Keeps the template as typed in IndexedDB: a single put, so it also completes as the page unloads. */
  saveTemplate(template: RoundupTemplate, updatedAt: number): Promise<void>;
  /** Renames a section in every draft issue, its clips included. */
  renameSection(from: string, to: string): Promise<void>;
  /** Adds the template's new sections to the draft issues and drops the empty ones it no longer has. */
  applyTemplateSections(sections: readonly string[]): Promise<void>;
}

export interface OptionsStateOptions {
  /** Makes the throttled writer of storage.sync's copy; `onResult` hears null after each copy, or its error. */
  syncWriter?: (onResult: (error: unknown) => void) => SaveScheduler<StampedTemplate>;
  now?: () => number;
}

/** Stands in for the sync writer where there is none (tests of the form alone). */
const noSync: SaveScheduler<StampedTemplate> = { schedule() {}, flush: async () => {}, flushOnUnload: async () => {}, cancel() {} };

interface Draft {
  template: RoundupTemplate;
  rows: SectionRow[];
}

/** What the template would be with the rows as typed: an unnamed row stays, so it is refused rather than dropped. */
const typedTemplate = ({ template, rows }: Draft): RoundupTemplate => ({ ...template, sections: rows.map((r) => ({ name: r.name, briefs: r.briefs })) });

const notSaved = (problems: readonly TemplateProblem[]) =>
  `Not saved: ${problems.length === 1 ? 'one field needs' : `${problems.length} fields need`} fixing first (see the ${problems.length === 1 ? 'message' : 'messages'} below). What you typed stays here.`;

/**
 * State of the options page: the template as edited, saved as typed. A
 * renamed section is renamed in the draft issues first, so it keeps its clips.
 * A template with problems (`templateProblems`: duplicate or empty section
 * names, closing text without its heading, no layout, …) is not saved: each
 * problem is shown on its field and the form keeps what was typed, so a
 * section being renamed is never dropped and added back (issue #9).
 */
export function createOptionsState(store: OptionsStore, options: OptionsStateOptions = {}) {
  const now = options.now ?? Date.now;
  const draft = signal<Draft | null>(null);
  const status = signal('');
  const error = signal<string | null>(null);
  const syncError = signal<string | null>(null);
  const problems = computed(() => (draft.value ? templateProblems(typedTemplate(draft.value)) : []));
  let storedNames: ReadonlyMap<number, string> = new Map();

  const showError = (e: unknown) => {
    error.value = storageErrorMessage(e);
  };

  const syncing =
    options.syncWriter?.((e) => {
      syncError.value = e ? syncErrorMessage(e) : null;
    }) ?? noSync;
  const stamped = ({ template, rows }: Draft): StampedTemplate => ({ template: { ...template, sections: sectionsOf(rows) }, updatedAt: now() });

  const saving = createSaveScheduler<Draft>(
    async (value) => {
      for (const { from, to } of sectionRenames(value.rows, storedNames)) await store.renameSection(from, to);
      const copy = stamped(value);
      await store.saveTemplate(copy.template, copy.updatedAt);
      syncing.schedule(copy);
      await store.applyTemplateSections(copy.template.sections.map((s) => s.name));
      storedNames = storedNamesAfter(value.rows, storedNames);
      error.value = null;
      // An edit made since may have problems: the status speaks of the form as it is now.
      status.value = problems.value.length ? notSaved(problems.value) : 'Saved.';
    },
    showError,
    {
      // The page is closing: one put keeps the template in IndexedDB even if the save
      // (renames first) does not finish, and the sync copy is written now, not in 5 s.
      persistPending: (value) => {
        const copy = stamped(value);
        store.saveTemplate(copy.template, copy.updatedAt).catch(showError);
        syncing.schedule(copy);
        void syncing.flush();
      },
    },
  );

  async function load(): Promise<void> {
    try {
      const template = await store.loadTemplate();
      const rows = sectionRowsOf(template.sections);
      storedNames = storedNamesOf(rows);
      draft.value = { template, rows };
    } catch (e) {
      showError(e);
    }
  }

  function update(next: Draft): void {
    draft.value = next;
    if (problems.value.length) {
      status.value = notSaved(problems.value);
      return;
    }
    status.value = 'Saving…';
    saving.schedule(next);
  }

  return {
    template: computed(() => draft.value?.template ?? null),
    rows: computed(() => draft.value?.rows ?? []),
    /** Why the template as typed cannot be saved, each on its field (and section row); [] when it can. */
    problems,
    /** "Saving…" while an edit waits, "Saved." once stored, or why it was not saved. */
    status: computed(() => status.value),
    error: computed(() => error.value),
    /** Why storage.sync's copy is behind, in words; null once a copy succeeds. */
    syncError: computed(() => syncError.value),
    saving,
    /** The throttled copy to storage.sync, flushed as the page unloads (`useSaveAsYouType`). */
    syncing,
    load,
    editTemplate(patch: Partial<RoundupTemplate>): void {
      if (draft.value) update({ ...draft.value, template: { ...draft.value.template, ...patch } });
    },
    editRows(rows: SectionRow[]): void {
      if (draft.value) update({ ...draft.value, rows });
    },
  };
}

export type OptionsState = ReturnType<typeof createOptionsState>;
