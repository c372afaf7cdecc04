// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { type LiveQuery, useLiveQuery } from '@/components/use-live-query';

/** A live query whose answers the test sends by hand; it records who listens. */
function manualQuery<T>() {
  const listeners = new Set<{ next: (value: T) => void; error: (error: unknown) => void }>();
  const query: LiveQuery<T> = {
    subscribe(next, error) {
      const listener = { next, error };
      listeners.add(listener);
      return { unsubscribe: () => listeners.delete(listener) };
    },
  };
  return {
    query,
    listeners,
    send: (value: T) =>
      act(() => {
        for (const l of listeners) l.next(value);
      }),
    fail: (error: unknown) =>
      act(() => {
        for (const l of listeners) l.error(error);
      }),
  };
}

afterEach(cleanup);

describe('useLiveQuery', () => {
  it('shows each answer, reports a failure, and unsubscribes on unmount', () => {
    const live = manualQuery<string[]>();
    const errors: unknown[] = [];
    function Titles() {
      const titles = useLiveQuery(
        () => live.query,
        [],
        (e) => errors.push(e),
      );
      return <p>{titles === undefined ? 'Loading…' : titles.join(', ')}</p>;
    }
    const { unmount } = render(<Titles />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    live.send(['#2', '#1']);
    expect(screen.getByText('#2, #1')).toBeTruthy();
    live.fail(new Error('closed'));
    expect(errors).toHaveLength(1);
    act(() => {
      unmount();
    });
    expect(live.listeners.size).toBe(0);
  });

  it('makes a new query when its inputs change, and leaves the old one', () => {
    const [first, second] = [manualQuery<string>(), manualQuery<string>()];
    let open = (_: number) => {};
    function Issue() {
      const [id, setId] = useState(0);
      open = setId;
      const title = useLiveQuery(
        () => (id === 0 ? first : second).query,
        [id],
        () => {},
      );
      return <p>{title ?? 'Loading…'}</p>;
    }
    render(<Issue />);
    first.send('Issue #1');
    expect(screen.getByText('Issue #1')).toBeTruthy();
    act(() => open(1));
    expect(first.listeners.size).toBe(0);
    expect(screen.getByText('Loading…')).toBeTruthy();
    second.send('Issue #2');
    expect(screen.getByText('Issue #2')).toBeTruthy();
  });
});
