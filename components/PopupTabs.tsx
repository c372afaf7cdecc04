import type { ComponentChildren } from 'preact';
import { type TabChoice, Tabs } from './Tabs';

export { TabPanel } from './Tabs';

export type PopupView = 'clip' | 'queue';
const VIEWS: readonly TabChoice<PopupView>[] = [
  { view: 'clip', label: 'Clip' },
  { view: 'queue', label: 'Queue' },
];

interface Props {
  view: PopupView;
  onChange: (view: PopupView) => void;
  /** The pointer or focus is on the Queue tab: a good moment to load it. */
  onQueueIntent?: () => void;
  children: ComponentChildren;
}

/** The popup's two views, Clip and Queue, as tabs. */
export function PopupTabs({ view, onChange, onQueueIntent, children }: Props) {
  const onIntent = (v: PopupView) => {
    if (v === 'queue') onQueueIntent?.();
  };
  return (
    <Tabs label="Views" views={VIEWS} view={view} onChange={onChange} onIntent={onIntent}>
      {children}
    </Tabs>
  );
}
