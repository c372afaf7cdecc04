import { type Inputs, useEffect, useState } from 'preact/hooks';

/** What the live queries of `lib/db` return (Dexie's Observable), named here so no component imports Dexie. */
export interface LiveQuery<T> {
  subscribe(next: (value: T) => void, error: (error: unknown) => void): { unsubscribe(): void };
}

/**
 * The one way a component reads storage that can change under it:
 * `useLiveQuery(() => watchIssues(db), [db], showError)`. The query is made and
 * subscribed when `deps` change, and unsubscribed on unmount. The value is
 * undefined until the query first answers; a failure goes to `onError`.
 */
export function useLiveQuery<T>(query: () => LiveQuery<T>, deps: Inputs, onError: (error: unknown) => void): T | undefined {
  const [result, setResult] = useState<{ value: T } | undefined>(undefined);
  useEffect(() => {
    setResult(undefined);
    const subscription = query().subscribe((value) => setResult({ value }), onError);
    return () => subscription.unsubscribe();
  }, deps);
  return result?.value;
}
