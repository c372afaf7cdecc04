import { computed, signal } from '@preact/signals';
import { createSaveScheduler } from '@/lib/saving/save-scheduler';
import { storageErrorMessage } from '@/lib/saving/storage-error';
import { type SectionRow, sectionRenames, sectionRowsOf, sectionsOf, storedNamesAfter, storedNamesOf } from '@/lib/template/section-rows';
import type { RoundupTemplate } from '@/lib/template/template';
import { type TemplateProblem, templateProblems } from '@/lib/template/template-problems';

/** Where the options page reads and writes: the template in storage.sync, the sections of the draft issues. */
export interface OptionsStore {
  loadTemplate(): Promise<RoundupTemplate>;
  saveTemplate(template: RoundupTemplate): Promise<void>;
  /** Renames a section in every draft issue, its clips included. */
  renameSection(from: string, to: string): Promise<void>;
  /** Adds the template's new sections to the draft issues and drops the empty ones it no longer has. */
  applyTemplateSections(sections: readonly string[]): Promise<void>;
}

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
export function createOptionsState(store: OptionsStore) {
  const draft = signal<Draft | null>(null);
  const status = signal('');
  const error = signal<string | null>(null);
  const problems = computed(() => (draft.value ? templateProblems(typedTemplate(draft.value)) : []));
  let storedNames: ReadonlyMap<number, string> = new Map();

  const showError = (e: unknown) => {
    error.value = storageErrorMessage(e);
  };

  const saving = createSaveScheduler<Draft>(async ({ template, rows }) => {
    for (const { from, to } of sectionRenames(rows, storedNames)) await store.renameSection(from, to);
    const sections = sectionsOf(rows);
    await store.saveTemplate({ ...template, sections });
    await store.applyTemplateSections(sections.map((s) => s.name));
    storedNames = storedNamesAfter(rows, storedNames);
    error.value = null;
    // An edit made since may have problems: the status speaks of the form as it is now.
    status.value = problems.value.length ? notSaved(problems.value) : 'Saved.';
  }, showError);

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
    saving,
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
