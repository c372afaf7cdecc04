import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaveScheduler } from '@/lib/saving/save-scheduler';

describe('createSaveScheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves the latest value within the delay even while the editor keeps typing', async () => {
    const saved: string[] = [];
    const saver = createSaveScheduler<string>(
      async (v) => void saved.push(v),
      () => {},
      { delayMs: 250 },
    );
    saver.schedule('a');
    await vi.advanceTimersByTimeAsync(100);
    saver.schedule('ab');
    await vi.advanceTimersByTimeAsync(100);
    saver.schedule('abc');
    await vi.advanceTimersByTimeAsync(60);
    expect(saved).toEqual(['abc']);
  });

  it('flush starts the pending save before it returns (pagehide), and only once', async () => {
    const saved: string[] = [];
    const saver = createSaveScheduler<string>(
      async (v) => void saved.push(v),
      () => {},
    );
    saver.schedule('x');
    const done = saver.flush();
    expect(saved).toEqual(['x']);
    await done;
    await vi.advanceTimersByTimeAsync(500);
    expect(saved).toEqual(['x']);
  });

  it('flush resolves only once a save already running has finished', async () => {
    let finish = () => {};
    const saver = createSaveScheduler<string>(
      () => new Promise<void>((resolve) => (finish = resolve)),
      () => {},
    );
    saver.schedule('x');
    await vi.advanceTimersByTimeAsync(250);
    let flushed = false;
    void saver.flush().then(() => (flushed = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(flushed).toBe(false);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(flushed).toBe(true);
  });

  it('reports a failed save instead of swallowing it, whether it rejects or throws', async () => {
    const errors: unknown[] = [];
    const rejecting = createSaveScheduler<string>(
      () => Promise.reject(new Error('QuotaExceededError')),
      (e) => errors.push(e),
    );
    rejecting.schedule('x');
    await rejecting.flush();
    const throwing = createSaveScheduler<string>(
      () => {
        throw new Error('DatabaseClosedError');
      },
      (e) => errors.push(e),
    );
    throwing.schedule('y');
    await throwing.flush();
    expect(errors.map((e) => (e as Error).message)).toEqual(['QuotaExceededError', 'DatabaseClosedError']);
  });

  it('cancel drops the pending value', async () => {
    const save = vi.fn(async () => {});
    const saver = createSaveScheduler<string>(save, () => {});
    saver.schedule('x');
    saver.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).not.toHaveBeenCalled();
  });

  describe('persistPending, the extension point for unload', () => {
    it('receives the unsaved value synchronously, before the save starts', () => {
      const calls: string[] = [];
      const saver = createSaveScheduler<string>(
        async (v) => void calls.push(`save ${v}`),
        () => {},
        { persistPending: (v) => calls.push(`pending ${v}`) },
      );
      saver.schedule('x');
      void saver.flushOnUnload();
      expect(calls).toEqual(['pending x', 'save x']);
    });

    it('is not called when nothing is pending, nor by an ordinary flush', async () => {
      const persistPending = vi.fn();
      const saver = createSaveScheduler<string>(
        async () => {},
        () => {},
        { persistPending },
      );
      await saver.flushOnUnload();
      saver.schedule('x');
      await saver.flush();
      await saver.flushOnUnload();
      expect(persistPending).not.toHaveBeenCalled();
    });

    it('a failure is reported and the save still starts', async () => {
      const errors: unknown[] = [];
      const save = vi.fn(async () => {});
      const saver = createSaveScheduler<string>(save, (e) => errors.push(e), {
        persistPending: () => {
          throw new Error('put failed');
        },
      });
      saver.schedule('x');
      void saver.flushOnUnload();
      expect(save).toHaveBeenCalledWith('x');
      expect(errors).toHaveLength(1);
    });
  });
});
