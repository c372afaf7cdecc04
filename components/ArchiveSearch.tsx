import type { ArchiveHit } from '@/lib/archive/archive-search';
import { issueDateLabel } from '@/lib/model/issue';

/** "Search the archive": items by words in title, attribution, commentary and section; a result opens its issue. */
export function ArchiveSearch(props: {
  query: string;
  hits: ArchiveHit[];
  ready: boolean;
  onSearch: (words: string) => void;
  onOpen: (hit: ArchiveHit) => void;
}) {
  const { query, hits } = props;
  return (
    <section class="archive-search" aria-labelledby="archive-search-heading">
      <h2 id="archive-search-heading">Search</h2>
      <label>
        <span>Search the archive</span>
        <input type="search" value={query} disabled={!props.ready} onInput={(e) => props.onSearch(e.currentTarget.value)} />
      </label>
      {query.trim() !== '' && (
        <p role="status" class="muted">
          {hits.length === 0 ? 'No items found.' : `${hits.length}${hits.length === 50 ? '+' : ''} item${hits.length === 1 ? '' : 's'} found.`}
        </p>
      )}
      {hits.length > 0 && (
        <ol class="search-results" aria-label="Search results">
          {hits.map((hit) => (
            <li key={hit.item.clipId}>
              <button type="button" class="link" onClick={() => props.onOpen(hit)}>
                {hit.title}
              </button>
              <span class="muted">
                {' '}
                #{hit.item.issueNumber} · {issueDateLabel(hit.item.date)} · {hit.item.section}
              </span>
              {hit.snippet && <p class="snippet">{hit.snippet}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
