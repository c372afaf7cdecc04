import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** A view whose code arrives with `import()` the first time it is wanted. */
export interface LazyView<P> {
  /** Starts fetching the code (on hover, focus, or once the first view is ready); calling it again costs nothing. */
  preload(): void;
  /** The view itself, or `fallback` until its code has arrived. */
  View: (props: P & { fallback?: ComponentChildren }) => ComponentChildren;
}

/**
 * The one way a view loads lazily (README, "Lazy loading"): declare it next to where it is shown,
 * `const QueueTab = lazyView(() => import('./QueueTab'))`, with the view as the module's default export
 * and nothing else from that module imported statically (the architecture test checks). The loaded
 * component is kept, as `import()` keeps the module: it is code, not state.
 */
export function lazyView<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): LazyView<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const fetchView = () => {
    loading ??= load().then(
      (module) => {
        loaded = module.default;
        return module.default;
      },
      (error: unknown) => {
        loading = undefined; // a later attempt may succeed
        throw error;
      },
    );
    return loading;
  };

  function View({ fallback, ...props }: P & { fallback?: ComponentChildren }) {
    const [Component, setComponent] = useState(() => loaded);
    const [error, setError] = useState<string | null>(null);
    useEffect(() => {
      if (Component) return;
      fetchView().then(
        (c) => setComponent(() => c),
        (e: unknown) => setError(String(e)),
      );
    }, []);
    if (error) {
      return (
        <p class="error" role="alert">
          This view could not be loaded: {error}
        </p>
      );
    }
    return Component ? <Component {...(props as P)} /> : (fallback ?? null);
  }

  return { preload: () => void fetchView().catch(() => {}), View };
}
