import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraftSaver } from '@/lib/saving/save-scheduler';

describe('createDraftSaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves the latest value within the delay even while the editor keeps typing', async () => {
    const saved: string[] = [];
    const saver = createDraftSaver<string>(
      async (v) => void saved.push(v),
      () => {},
      250,
    );
    saver.schedule('a');
    await vi.advanceTimersByTimeAsync(100);
    saver.schedule('ab');
    await vi.advanceTimersByTimeAsync(100);
    saver.schedule('abc');
    await vi.advanceTimersByTimeAsync(60);
    expect(saved).toEqual(['abc']);
  });

  it('flush writes the pending value at once (pagehide)', async () => {
    const saved: string[] = [];
    const saver = createDraftSaver<string>(
      async (v) => void saved.push(v),
      () => {},
      250,
    );
    saver.schedule('x');
    await saver.flush();
    expect(saved).toEqual(['x']);
    await vi.advanceTimersByTimeAsync(500);
    expect(saved).toEqual(['x']);
  });

  it('reports a failed save instead of swallowing it', async () => {
    const errors: unknown[] = [];
    const saver = createDraftSaver<string>(
      () => Promise.reject(new Error('QuotaExceededError')),
      (e) => errors.push(e),
    );
    saver.schedule('x');
    await saver.flush();
    expect(errors).toHaveLength(1);
  });

  it('cancel drops the pending value', async () => {
    const save = vi.fn(async () => {});
    const saver = createDraftSaver<string>(save, () => {});
    saver.schedule('x');
    saver.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).not.toHaveBeenCalled();
  });
});
