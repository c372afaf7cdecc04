import { computed, signal } from '@preact/signals';
import type { IssueQueue, RoundupStore } from '@/lib/db';
import type { Clip, ClipEdit, ClipKind } from '@/lib/model/clip';
import type { ClipDraft } from '@/lib/model/clip-draft';
import { pendingClipKey } from '@/lib/model/pending-edit';
import { conversionForMove } from '@/lib/queue/clip-kind';
import { applyAllPendingEdits, type PendingEditArea } from '@/lib/saving/pending-edit-fallback';
import { createPendingEditWriter } from '@/lib/saving/pending-edit-writer';
import { storageErrorMessage } from '@/lib/saving/storage-error';
import type { RoundupTemplate } from '@/lib/template/template';

export interface QueueStateOptions {
  now?: () => number;
  /** The template, for which sections are made of briefs: moving a clip into or out of one converts it. */
  loadTemplate?: () => Promise<RoundupTemplate>;
  /** `storage.local`: where an editor's pending edit goes when IndexedDB refuses it, and is read back from. */
  pendingArea?: PendingEditArea;
  /** Opens a page in a new tab (an unfinished draft's "Open"); the entrypoint wires `browser.tabs.create`. */
  openPage?: (url: string) => void;
}

/** A move that converted the clip, and how to take both back (Undo, as after a delete). */
export interface MoveConversion {
  clipId: number;
  /** "Now a brief, as Random is made of briefs." */
  message: string;
  from: { section: string; index: number };
  undo: ClipEdit;
}

/**
 * State of the Queue view: a live query of the issue's clips plus named
 * actions. Every action writes through `lib/db` at once; the live query brings
 * the new order back, so nothing here mirrors the database by hand.
 */
export function createQueueState(store: RoundupStore, issueId: number, options: QueueStateOptions = {}) {
  const now = options.now ?? Date.now;
  const queue = signal<IssueQueue | null>(null);
  const briefSections = signal<readonly string[]>([]);
  const converted = signal<MoveConversion | null>(null);
  const error = signal<string | null>(null);
  const editing = signal<number | null>(null);
  /** The draft last discarded, until Undo or the next discard: it can be put back as it was. */
  const discardedDraft = signal<ClipDraft | null>(null);
  /** The clip that should hold focus after a keyboard move re-renders the list. */
  const focusId = signal<number | null>(null);

  const showError = (e: unknown) => {
    error.value = storageErrorMessage(e);
  };
  const pendingWriter = createPendingEditWriter(store.savePendingEdit, options.pendingArea, showError);

  /** The editor's unsaved values as a pending-edit record, written in this tick (see `PendingEditWriter`). */
  const persistPending = (clipId: number, edit: ClipEdit, base: ClipEdit, at: number = now()) =>
    pendingWriter.persist({ key: pendingClipKey(clipId), target: 'clip', id: clipId, edit, base, updatedAt: at });

  /**
   * Saves an editor's values, merged against `base` (what it last read). On
   * failure the error is shown and the values are kept in a pending-edit record,
   * as on unload; the editor keeps them on screen. Returns the clip as stored.
   */
  async function saveEdit(clipId: number, edit: ClipEdit, base: ClipEdit): Promise<Clip | undefined> {
    const at = now();
    try {
      const stored = await store.updateClip(clipId, edit, at, base);
      pendingWriter.settled(pendingClipKey(clipId), at);
      error.value = null;
      return stored;
    } catch (e) {
      showError(e);
      persistPending(clipId, edit, base, at);
      return undefined;
    }
  }

  const run = async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    try {
      const result = await action();
      error.value = null;
      return result;
    } catch (e) {
      error.value = storageErrorMessage(e);
      return undefined;
    }
  };

  function subscribe(): () => void {
    void run(() => store.purgeExpiredDeletions(now()));
    // Edits a page could not finish saving as it closed are applied by the next page that opens the archive.
    void run(() => applyAllPendingEdits((extra) => store.applyPendingEdits(extra, now()), options.pendingArea));
    options.loadTemplate?.().then(
      (template) => {
        briefSections.value = template.sections.filter((s) => s.briefs).map((s) => s.name);
      },
      // Without the template nothing is converted on a move; the export still reports a misplaced brief.
      () => {},
    );
    const subscription = store.watchQueue(issueId).subscribe({
      next: (value) => {
        queue.value = value;
      },
      error: (e: unknown) => {
        error.value = storageErrorMessage(e);
      },
    });
    return () => subscription.unsubscribe();
  }

  const sectionIdsOf = (section: string) => (queue.value?.clips ?? []).filter((c) => c.section === section).map((c) => c.id);

  /**
   * Puts a clip at `index` of `section`. Moving between a section of briefs and
   * one of link items converts it (issue #9), and the move can be undone.
   */
  async function placeIn(clipId: number, section: string, index: number) {
    const clips = queue.value?.clips ?? [];
    const clip = clips.find((c) => c.id === clipId);
    const conversion = clip && clip.section !== section ? conversionForMove(clip, section, briefSections.value) : null;
    const from = clip ? { section: clip.section, index: sectionIdsOf(clip.section).indexOf(clipId) } : null;
    const placed = await run(async () => {
      await store.placeClip(clipId, section, index, now());
      if (conversion) await store.updateClip(clipId, conversion.edit, now());
      return true;
    });
    if (placed && conversion && from) converted.value = { clipId, message: conversion.message, from, undo: conversion.undo };
  }

  /** Undo of the last converting move: back to where it was, as it was. */
  async function undoConversion() {
    const last = converted.value;
    if (!last) return;
    converted.value = null;
    focusId.value = last.clipId;
    await run(async () => {
      await store.placeClip(last.clipId, last.from.section, last.from.index, now());
      await store.updateClip(last.clipId, last.undo, now());
    });
  }

  /** Alt+Arrow and Move up/down: one place; past the end of a section, into the next one. */
  async function shift(clipId: number, delta: -1 | 1) {
    focusId.value = clipId;
    const moved = await run(() => store.shiftClip(clipId, delta, now()));
    if (moved !== false) return;
    const current = queue.value;
    const clip = current?.clips.find((c) => c.id === clipId);
    if (!current || !clip) return;
    const order = current.issue.sectionOrder;
    const next = order[order.indexOf(clip.section) + delta];
    if (next === undefined) return;
    await placeIn(clipId, next, delta < 0 ? sectionIdsOf(next).length : 0);
  }

  return {
    queue: computed(() => queue.value),
    error: computed(() => error.value),
    editing: computed(() => editing.value),
    focusId: computed(() => focusId.value),
    /** The last move that converted a clip, with Undo; null once undone or dismissed. */
    converted: computed(() => converted.value),
    subscribe,
    edit: (clipId: number | null) => {
      editing.value = clipId;
    },
    /** "Open it" from the Clip view: the clip's editor open, the clip focused (and so scrolled to). */
    open: (clipId: number) => {
      editing.value = clipId;
      focusId.value = clipId;
    },
    shift,
    place: placeIn,
    moveToSection: (clipId: number, section: string) => {
      focusId.value = clipId;
      return placeIn(clipId, section, Number.MAX_SAFE_INTEGER);
    },
    undoConversion,
    dismissConversion: () => {
      converted.value = null;
    },
    saveEdit,
    persistPending,
    /** The editor's one click on a conflict: `keep` the text shown, or take the `other` one. */
    resolveConflict: (clipId: number, field: string, choice: 'keep' | 'other') => run(() => store.resolveClipConflict(clipId, field, choice, now())),
    /** "Hold for next week" from the item's menu: that one field, merged like any edit. */
    hold: (clipId: number, hold: boolean) => run(() => store.updateClip(clipId, { holdForNextWeek: hold }, now())),
    setKind: (clipId: number, kind: ClipKind) => run(() => store.setClipKind(clipId, kind, now())),
    remove: (clipId: number) => {
      if (editing.value === clipId) editing.value = null;
      // Focus follows the clip: to its Undo while deleted, back to it when restored.
      focusId.value = clipId;
      return run(() => store.deleteClip(clipId, now()));
    },
    restore: (clipId: number) => {
      focusId.value = clipId;
      return run(() => store.restoreClip(clipId, now()));
    },
    /** Merges as a delete of the source: focus goes to its Undo, as after Delete. */
    merge: (targetId: number, sourceId: number) => {
      if (editing.value === sourceId) editing.value = null;
      focusId.value = sourceId;
      return run(() => store.mergeClips(targetId, sourceId, now()));
    },
    undoMerge: (sourceId: number) => {
      focusId.value = sourceId;
      return run(() => store.undoMerge(sourceId, now()));
    },
    split: (clipId: number, linkIndex: number) => run(() => store.splitClipLink(clipId, linkIndex, now())),
    moveLink: (clipId: number, from: number, to: number) => run(() => store.moveClipLink(clipId, from, to, now())),
    /** Unfinished Clip drafts (pages whose popup closed before adding), live. */
    watchDrafts: () => store.watchDrafts(),
    openPage: options.openPage,
    discardedDraft: computed(() => discardedDraft.value),
    discardDraft: async (draft: ClipDraft) => {
      const done = await run(async () => {
        await store.deleteDraft(draft.key);
        return true;
      });
      if (done) discardedDraft.value = draft;
    },
    /** Puts the discarded draft back, with its own time, unless the page has a newer one by now. */
    undoDiscardDraft: async () => {
      const draft = discardedDraft.value;
      if (!draft) return;
      discardedDraft.value = null;
      await run(async () => {
        if (!(await store.loadDraft(draft.key))) await store.saveDraft(draft.key, draft.form, draft.updatedAt);
      });
    },
    showError,
  };
}

export type QueueState = ReturnType<typeof createQueueState>;
