import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabChoice<V extends string> {
  view: V;
  label: string;
}

interface Props<V extends string> {
  /** The tab list's accessible name. */
  label: string;
  views: readonly TabChoice<V>[];
  view: V;
  onChange: (view: V) => void;
  /** Prefixes the tabs' and panels' ids, so two tab lists can share a page. */
  idPrefix?: string;
  /** The pointer or focus is on a tab: a good moment to load what it shows. */
  onIntent?: (view: V) => void;
  class?: string;
  children?: ComponentChildren;
}

/**
 * WAI-ARIA tabs with automatic activation: Left/Right (and Home/End) move between them and
 * the panel follows; only the selected tab is in the Tab order.
 */
export function Tabs<V extends string>({ label, views, view, onChange, idPrefix = '', onIntent, class: className = 'tabs', children }: Props<V>) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent) => {
    const current = views.findIndex((v) => v.view === view);
    const next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: views.length - 1 }[event.key];
    const target = next === undefined ? undefined : views[(next + views.length) % views.length];
    if (!target) return;
    event.preventDefault();
    onChange(target.view);
    tabs.current[views.indexOf(target)]?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label={label} class={className} onKeyDown={onKeyDown}>
        {views.map(({ view: v, label: name }, i) => (
          <button
            key={v}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${idPrefix}tab-${v}`}
            aria-selected={view === v}
            aria-controls={`${idPrefix}panel-${v}`}
            tabIndex={view === v ? 0 : -1}
            onClick={() => onChange(v)}
            onPointerEnter={onIntent && (() => onIntent(v))}
            onFocus={onIntent && (() => onIntent(v))}
          >
            {name}
          </button>
        ))}
      </div>
      {children}
    </>
  );
}

interface PanelProps {
  view: string;
  active: boolean;
  idPrefix?: string;
  class?: string;
  /** A panel that scrolls on its own takes focus, so the keyboard can scroll it (WCAG 2.1.1), as the APG suggests for panels. */
  focusable?: boolean;
  children: ComponentChildren;
}

/** A tab's panel; the hidden ones stay in the document, so what they hold is kept and can still be read. */
export function TabPanel({ view, active, idPrefix = '', class: className, focusable = false, children }: PanelProps) {
  return (
    <div
      role="tabpanel"
      id={`${idPrefix}panel-${view}`}
      aria-labelledby={`${idPrefix}tab-${view}`}
      hidden={!active}
      class={className}
      tabIndex={focusable ? 0 : undefined}
    >
      {children}
    </div>
  );
}
