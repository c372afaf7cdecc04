// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useMemo, useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSaveAsYouType } from '@/components/use-save-as-you-type';
import { createSaveScheduler, type Save } from '@/lib/saving/save-scheduler';

interface EditorProps {
  save: Save<string>;
  onError?: (error: unknown) => void;
  persistPending?: (value: string) => void;
}

/** The smallest editor: a textarea saved as typed. */
function Editor({ save, onError = () => {}, persistPending }: EditorProps) {
  const saving = useSaveAsYouType(useMemo(() => createSaveScheduler(save, onError, { persistPending }), []));
  const [text, setText] = useState('');
  return (
    <label>
      Commentary
      <textarea
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          saving.schedule(e.currentTarget.value);
        }}
      />
    </label>
  );
}

const type = (value: string) => fireEvent.input(screen.getByRole('textbox', { name: 'Commentary' }), { target: { value } });

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  Reflect.deleteProperty(document, 'visibilityState');
  vi.useRealTimers();
});

describe('useSaveAsYouType', () => {
  it('saves at most 250 ms after the first unsaved keystroke, however steadily the editor types', async () => {
    let firstUnsaved: number | null = null;
    const delays: number[] = [];
    const save = vi.fn(async (_: string) => {
      if (firstUnsaved !== null) delays.push(Date.now() - firstUnsaved);
      firstUnsaved = null;
    });
    render(<Editor save={save} />);
    let text = '';
    for (let keystroke = 0; keystroke < 25; keystroke++) {
      text += 'x';
      firstUnsaved ??= Date.now();
      type(text);
      await vi.advanceTimersByTimeAsync(40);
    }
    await vi.advanceTimersByTimeAsync(250);
    expect(delays.length).toBeGreaterThanOrEqual(4); // 1 s of typing, a save at least every 250 ms
    for (const delay of delays) expect(delay).toBeLessThanOrEqual(250);
    expect(save).toHaveBeenLastCalledWith(text);
  });

  it('starts the save synchronously on pagehide, after handing the edit to persistPending', () => {
    const calls: string[] = [];
    render(<Editor save={async (v) => void calls.push(`save ${v}`)} persistPending={(v) => calls.push(`pending ${v}`)} />);
    type('typed just before closing');
    window.dispatchEvent(new Event('pagehide'));
    expect(calls).toEqual(['pending typed just before closing', 'save typed just before closing']);
  });

  it('starts the save synchronously when the page is hidden, not when it is shown', () => {
    const save = vi.fn(async (_: string) => {});
    render(<Editor save={save} />);
    type('switching tabs');
    setVisibility('visible');
    expect(save).not.toHaveBeenCalled();
    setVisibility('hidden');
    expect(save).toHaveBeenCalledWith('switching tabs');
  });

  it('starts the save synchronously on unmount, and stops listening', () => {
    const save = vi.fn(async (_: string) => {});
    const persistPending = vi.fn();
    const { unmount } = render(<Editor save={save} persistPending={persistPending} />);
    type('closing the editor');
    unmount();
    expect(save).toHaveBeenCalledExactlyOnceWith('closing the editor');
    expect(persistPending).not.toHaveBeenCalled(); // the page lives on, so the save can finish
    window.dispatchEvent(new Event('pagehide'));
    expect(save).toHaveBeenCalledOnce();
  });

  it('does not save when nothing was typed', () => {
    const save = vi.fn(async (_: string) => {});
    const { unmount } = render(<Editor save={save} />);
    window.dispatchEvent(new Event('pagehide'));
    unmount();
    expect(save).not.toHaveBeenCalled();
  });

  it('reports a failed save, from the timer or from pagehide', async () => {
    const errors: unknown[] = [];
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    render(<Editor save={() => Promise.reject(full)} onError={(e) => errors.push(e)} />);
    type('a');
    await vi.advanceTimersByTimeAsync(250);
    expect(errors).toEqual([full]);
    type('ab');
    window.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toEqual([full, full]);
  });
});
