import { useEffect, useMemo } from 'preact/hooks';
import { ClipView } from './ClipView';
import { type ClipEnv, createClipSession } from './clip-session';
import { IssueHeader } from './IssueHeader';

/** The toolbar popup. It closes whenever focus leaves it, so drafts are flushed on pagehide. */
export function Popup({ env }: { env: ClipEnv }) {
  const session = useMemo(() => createClipSession(env), [env]);

  useEffect(() => {
    void session.start();
    const flush = () => void session.flush();
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [session]);

  return (
    <main class="popup">
      <IssueHeader issue={session.issue.value} count={session.count.value} />
      {session.error.value && <p class="error" role="alert">{session.error.value}</p>}
      <ClipView session={session} />
    </main>
  );
}
