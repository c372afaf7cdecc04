import { useEffect, useState } from 'preact/hooks';
import { dismissMenuFailure, type FailureArea, lastMenuFailure, menuFailureText } from '@/lib/context-menu/menu-failure';

/**
 * The last context-menu click or shortcut that failed in the background (kept in `area`,
 * `lib/context-menu/menu-failure.ts`), in words, until the editor dismisses it. Loaded once the
 * Clip view is ready: the form never waits for it.
 */
export default function MenuFailureNotice({ area }: { area: FailureArea }) {
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    lastMenuFailure(area).then(
      (found) => {
        if (live && found) setFailure(menuFailureText(found));
      },
      (e: unknown) => console.warn('Could not read the last menu failure', e),
    );
    return () => {
      live = false;
    };
  }, [area]);
  if (!failure) return null;
  const dismiss = () => {
    setFailure(null);
    dismissMenuFailure(area).catch((e: unknown) => console.warn('Could not forget the menu failure', e));
  };
  return (
    <div class="error menu-failure" role="alert">
      <p>{failure}</p>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
