import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { RoundupStore } from '@/lib/db';
import type { Issue } from '@/lib/model/issue';
import type { RoundupTemplate } from '@/lib/template/template';
import { ArchiveImport } from './ArchiveImport';
import { ArchiveIssues } from './ArchiveIssues';
import { ArchiveIssueView } from './ArchiveIssueView';
import { ArchiveSearch } from './ArchiveSearch';
import { chosenFiles, createArchivePageState } from './archive-page-state';
import { PageLinks } from './PageLinks';
import { type LiveQuery, useLiveQuery } from './use-live-query';

/** A live query that never answers: the issue list before the search box is ready. */
const NOT_YET: LiveQuery<Issue[]> = { subscribe: () => ({ unsubscribe: () => {} }) };

export interface ArchivePageEnv {
  store: RoundupStore;
  saveZip: (fileName: string, bytes: Uint8Array) => void;
  loadTemplate: () => Promise<RoundupTemplate>;
}

/**
 * The Archive page (issue #11): import the site's issues, search every
 * archived item, browse an issue and reuse or amend its items, export the
 * whole archive as the site's collection.
 */
export function ArchivePage({ env }: { env: ArchivePageEnv }) {
  const { store } = env;
  const state = useMemo(
    () =>
      createArchivePageState({
        store,
        saveZip: env.saveZip,
        loadTemplate: env.loadTemplate,
        whenIdle: (work) => (typeof requestIdleCallback === 'function' ? void requestIdleCallback(() => work(), { timeout: 2_000 }) : void setTimeout(work, 0)),
      }),
    [store],
  );
  // As the first render commits, not after the first paint: the database opens and reads while the page lays out and paints.
  useLayoutEffect(() => void state.loadItems(), [state]);
  // Every issue row, markdown and all: read once the search box has first been made ready, which comes first.
  const [listing, setListing] = useState(false);
  const searchReady = state.searchReady.value;
  useEffect(() => {
    if (searchReady) setListing(true);
  }, [searchReady]);
  const issues = (useLiveQuery(() => (listing ? store.watchIssues() : NOT_YET), [store, listing], state.showError) ?? []).filter(
    (i) => i.status === 'published',
  );
  const items = state.items.value;
  const counts = useMemo(() => {
    const map = new Map<number, number>();
    for (const item of items ?? []) map.set(item.issueId, (map.get(item.issueId) ?? 0) + 1);
    return map;
  }, [items]);
  const open = issues.find((i) => i.id === state.openIssueId.value);
  const error = state.error.value;
  const notice = state.notice.value;
  return (
    <main class="archive-page">
      <header class="issue-page-header">
        <h1>Archive</h1>
        <PageLinks pages={['issue', 'options']} />
        <button type="button" disabled={issues.length === 0} onClick={() => void state.exportArchive()}>
          Export archive
        </button>
      </header>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {notice && (
        <p role="status" class="notice">
          {notice}
        </p>
      )}
      <ArchiveImport progress={state.progress.value} report={state.report.value} read={chosenFiles} onImport={state.importChosen} onReplace={state.replace} />
      <ArchiveSearch
        query={state.query.value}
        hits={state.hits.value}
        ready={state.searchReady.value}
        onSearch={state.search}
        onOpen={(hit) => state.openIssue(hit.item.issueId, hit.item.clipId)}
      />
      {open && (
        <ArchiveIssueView
          issue={open}
          items={(items ?? []).filter((i) => i.issueId === open.id)}
          focusItem={state.focusItem.value}
          onClose={() => state.openIssue(null)}
          onCopy={(item) => void state.copyToCurrent(item)}
          onAmend={state.amend}
        />
      )}
      <ArchiveIssues issues={issues} counts={counts} openId={open?.id ?? null} onOpen={(id) => state.openIssue(id)} />
    </main>
  );
}
