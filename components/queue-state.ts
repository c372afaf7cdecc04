import { computed, signal } from '@preact/signals';
import {
  deleteClip,
  type IssueQueue,
  mergeClips,
  moveClipLink,
  moveClipToSection,
  placeClip,
  purgeExpiredDeletions,
  type RoundupDatabase,
  restoreClip,
  setClipKind,
  shiftClip,
  splitClipLink,
  updateClip,
  watchQueue,
} from '@/lib/db';
import type { ClipEdit, ClipKind } from '@/lib/model/clip';
import { storageErrorMessage } from '@/lib/saving/storage-error';

/**
 * State of the Queue view: a live query of the issue's clips plus named
 * actions. Every action writes through `lib/db` at once; the live query brings
 * the new order back, so nothing here mirrors the database by hand.
 */
export function createQueueState(db: RoundupDatabase, issueId: number, now: () => number = Date.now) {
  const queue = signal<IssueQueue | null>(null);
  const error = signal<string | null>(null);
  const editing = signal<number | null>(null);
  /** The clip that should hold focus after a keyboard move re-renders the list. */
  const focusId = signal<number | null>(null);

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
    void run(() => purgeExpiredDeletions(db, now()));
    const subscription = watchQueue(db, issueId).subscribe({
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

  /** Alt+Arrow and Move up/down: one place; past the end of a section, into the next one. */
  async function shift(clipId: number, delta: -1 | 1) {
    focusId.value = clipId;
    const moved = await run(() => shiftClip(db, clipId, delta, now()));
    if (moved !== false) return;
    const current = queue.value;
    const clip = current?.clips.find((c) => c.id === clipId);
    if (!current || !clip) return;
    const order = current.issue.sectionOrder;
    const next = order[order.indexOf(clip.section) + delta];
    if (next === undefined) return;
    await run(() => placeClip(db, clipId, next, delta < 0 ? sectionIdsOf(next).length : 0, now()));
  }

  return {
    queue: computed(() => queue.value),
    error: computed(() => error.value),
    editing: computed(() => editing.value),
    focusId: computed(() => focusId.value),
    subscribe,
    edit: (clipId: number | null) => {
      editing.value = clipId;
    },
    shift,
    place: (clipId: number, section: string, index: number) => run(() => placeClip(db, clipId, section, index, now())),
    moveToSection: (clipId: number, section: string) => {
      focusId.value = clipId;
      return run(() => moveClipToSection(db, clipId, section, now()));
    },
    update: (clipId: number, edit: ClipEdit) => run(() => updateClip(db, clipId, edit, now())),
    setKind: (clipId: number, kind: ClipKind) => run(() => setClipKind(db, clipId, kind, now())),
    remove: (clipId: number) => {
      if (editing.value === clipId) editing.value = null;
      return run(() => deleteClip(db, clipId, now()));
    },
    restore: (clipId: number) => run(() => restoreClip(db, clipId, now())),
    merge: (targetId: number, sourceId: number) => run(() => mergeClips(db, targetId, sourceId, now())),
    split: (clipId: number, linkIndex: number) => run(() => splitClipLink(db, clipId, linkIndex, now())),
    moveLink: (clipId: number, from: number, to: number) => run(() => moveClipLink(db, clipId, from, to, now())),
    showError: (e: unknown) => {
      error.value = storageErrorMessage(e);
    },
  };
}

export type QueueState = ReturnType<typeof createQueueState>;
