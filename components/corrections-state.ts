import { computed, signal } from '@preact/signals';
import { CORRECTED_FIELD_LABELS, type Correction, type CorrectionKey, sameCorrectionKey } from '@/lib/model/correction';
import { createSaveScheduler } from '@/lib/saving/save-scheduler';
import { storageErrorMessage } from '@/lib/saving/storage-error';

/** Where the options page reads and changes the remembered corrections (the store's verbs). */
export interface CorrectionsStore {
  allCorrections(): Promise<Correction[]>;
  updateCorrection(key: CorrectionKey, to: string): Promise<void>;
  forgetCorrection(key: CorrectionKey): Promise<void>;
}

const idOf = (c: CorrectionKey) => `${c.site}\u0000${c.field}\u0000${c.from}`;
const order = (a: Correction, b: Correction) =>
  a.site.localeCompare(b.site) || CORRECTED_FIELD_LABELS[a.field].localeCompare(CORRECTED_FIELD_LABELS[b.field]) || a.from.localeCompare(b.from);

/**
 * The options page's list of remembered corrections: each one's "to" edited and
 * saved as typed (one scheduler for every row), or deleted.
 */
export function createCorrectionsState(store: CorrectionsStore) {
  const rows = signal<Correction[] | null>(null);
  const error = signal<string | null>(null);
  /** Edits not yet written, by correction. */
  const pending = new Map<string, { key: CorrectionKey; to: string }>();

  const showError = (e: unknown) => {
    error.value = storageErrorMessage(e);
  };

  const saving = createSaveScheduler<{ key: CorrectionKey; to: string }[]>(async (edits) => {
    for (const { key, to } of edits) {
      await store.updateCorrection(key, to);
      if (pending.get(idOf(key))?.to === to) pending.delete(idOf(key));
    }
    error.value = null;
  }, showError);

  return {
    rows: computed(() => rows.value),
    error: computed(() => error.value),
    saving,
    async load(): Promise<void> {
      try {
        rows.value = (await store.allCorrections()).sort(order);
      } catch (e) {
        showError(e);
      }
    },
    edit(key: CorrectionKey, to: string): void {
      if (!rows.value) return;
      rows.value = rows.value.map((c) => (sameCorrectionKey(c, key) ? { ...c, to } : c));
      pending.set(idOf(key), { key, to });
      saving.schedule([...pending.values()]);
    },
    async remove(key: CorrectionKey): Promise<void> {
      pending.delete(idOf(key));
      try {
        await saving.flush();
        await store.forgetCorrection(key);
        rows.value = (rows.value ?? []).filter((c) => !sameCorrectionKey(c, key));
      } catch (e) {
        showError(e);
      }
    },
  };
}

export type CorrectionsState = ReturnType<typeof createCorrectionsState>;
