import { computed, signal } from '@preact/signals';
import type { IssueQueue, RoundupStore } from '@/lib/db';
import type { ClipEdit, ClipKind } from '@/lib/model/clip';
import { storageErrorMessage } from '@/lib/saving/storage-error';

/**
 * State of the Queue view: a live query of the issue's clips plus named
 * actions. Every action writes through `lib/db` at once; the live query brings
 * the new order back, so nothing here mirrors the database by hand.
 */
export function createQueueState(store: RoundupStore, issueId: number, now: () => number = Date.now) {
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
    void run(() => store.purgeExpiredDeletions(now()));
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
    await run(() => store.placeClip(clipId, next, delta < 0 ? sectionIdsOf(next).length : 0, now()));
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
    place: (clipId: number, section: string, index: number) => run(() => store.placeClip(clipId, section, index, now())),
    moveToSection: (clipId: number, section: string) => {
      focusId.value = clipId;
      return run(() => store.moveClipToSection(clipId, section, now()));
    },
    update: (clipId: number, edit: ClipEdit) => run(() => store.updateClip(clipId, edit, now())),
    setKind: (clipId: number, kind: ClipKind) => run(() => store.setClipKind(clipId, kind, now())),
    remove: (clipId: number) => {
      if (editing.value === clipId) editing.value = null;
      return run(() => store.deleteClip(clipId, now()));
    },
    restore: (clipId: number) => run(() => store.restoreClip(clipId, now())),
    merge: (targetId: number, sourceId: number) => run(() => store.mergeClips(targetId, sourceId, now())),
    split: (clipId: number, linkIndex: number) => run(() => store.splitClipLink(clipId, linkIndex, now())),
    moveLink: (clipId: number, from: number, to: number) => run(() => store.moveClipLink(clipId, from, to, now())),
    showError: (e: unknown) => {
      error.value = storageErrorMessage(e);
    },
  };
}

export type QueueState = ReturnType<typeof createQueueState>;
