import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export type PopupView = 'clip' | 'queue';
const VIEWS: { view: PopupView; label: string }[] = [
  { view: 'clip', label: 'Clip' },
  { view: 'queue', label: 'Queue' },
];

/** WAI-ARIA tabs: Left/Right (and Home/End) move between them, the panel follows. */
interface Props {
  view: PopupView;
  onChange: (view: PopupView) => void;
  /** The pointer or focus is on the Queue tab: a good moment to load it. */
  onQueueIntent?: () => void;
  children: ComponentChildren;
}

export function PopupTabs({ view, onChange, onQueueIntent, children }: Props) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent) => {
    const current = VIEWS.findIndex((v) => v.view === view);
    const next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: VIEWS.length - 1 }[event.key];
    const target = next === undefined ? undefined : VIEWS[(next + VIEWS.length) % VIEWS.length];
    if (!target) return;
    event.preventDefault();
    onChange(target.view);
    tabs.current[VIEWS.indexOf(target)]?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label="Views" class="tabs" onKeyDown={onKeyDown}>
        {VIEWS.map(({ view: v, label }, i) => (
          <button
            key={v}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${v}`}
            aria-selected={view === v}
            aria-controls={`panel-${v}`}
            tabIndex={view === v ? 0 : -1}
            onClick={() => onChange(v)}
            onPointerEnter={v === 'queue' ? onQueueIntent : undefined}
            onFocus={v === 'queue' ? onQueueIntent : undefined}
          >
            {label}
          </button>
        ))}
      </div>
      {children}
    </>
  );
}

export function TabPanel({ view, active, children }: { view: PopupView; active: boolean; children: ComponentChildren }) {
  return (
    <div role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`} hidden={!active}>
      {children}
    </div>
  );
}
