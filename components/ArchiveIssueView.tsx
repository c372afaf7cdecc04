import { useEffect, useState } from 'preact/hooks';
import { itemTitle } from '@/lib/archive/archive-search';
import type { ArchiveItem } from '@/lib/model/archive-item';
import type { Issue } from '@/lib/model/issue';
import { archivedTitle } from './ArchiveIssues';
import { MarkdownPreview } from './MarkdownPreview';

/**
 * One archived issue: its items, each with "Copy to this week’s issue" and
 * "Amend issue", then the issue rendered. A search result opens here with its
 * item focused.
 */
export function ArchiveIssueView(props: {
  issue: Issue;
  items: ArchiveItem[];
  focusItem: number | null;
  onClose: () => void;
  onCopy: (item: ArchiveItem) => void;
  onAmend: (item: ArchiveItem, commentary: string) => Promise<boolean>;
}) {
  const { issue, items, focusItem } = props;
  useEffect(() => {
    if (focusItem === null) return;
    const target = document.getElementById(`archive-item-${focusItem}`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
    // Once more when the items arrive: a result can open its issue before the list is read.
  }, [focusItem, issue.id, items.length > 0]);
  return (
    <section class="archive-issue" aria-labelledby="archive-issue-heading">
      <h2 id="archive-issue-heading">{archivedTitle(issue)}</h2>
      <button type="button" onClick={props.onClose}>
        Close issue
      </button>
      <h3>Items</h3>
      <ol class="archive-items">
        {items.map((item) => (
          <ArchivedItem key={item.clipId} item={item} focused={item.clipId === focusItem} onCopy={props.onCopy} onAmend={props.onAmend} />
        ))}
      </ol>
      <h3>Rendered</h3>
      <MarkdownPreview markdown={(issue.markdown ?? '').replace(/^---\n[\s\S]*?\n---\n/, '')} label={`Issue #${issue.number} rendered`} />
    </section>
  );
}

function ArchivedItem(props: {
  item: ArchiveItem;
  focused: boolean;
  onCopy: (item: ArchiveItem) => void;
  onAmend: (item: ArchiveItem, commentary: string) => Promise<boolean>;
}) {
  const { item } = props;
  const [amending, setAmending] = useState<string | null>(null);
  const title = itemTitle(item);
  return (
    <li id={`archive-item-${item.clipId}`} tabIndex={-1} class={props.focused ? 'focused' : undefined} aria-label={title}>
      <p>
        <strong>{title}</strong> <span class="muted">· {item.section}</span>
      </p>
      {item.links.map((link) => (
        <p key={link.url} class="muted">
          <a href={link.url} target="_blank" rel="noreferrer noopener">
            {link.url}
          </a>
          {link.attribution && ` - ${link.attribution}`}
        </p>
      ))}
      {amending === null ? (
        <p class="archive-commentary">{item.commentary}</p>
      ) : (
        <label>
          <span>Commentary</span>
          <textarea rows={5} value={amending} onInput={(e) => setAmending(e.currentTarget.value)} />
        </label>
      )}
      <div class="actions">
        <button type="button" onClick={() => props.onCopy(item)}>
          Copy to this week’s issue
        </button>
        {amending === null ? (
          <button type="button" onClick={() => setAmending(item.commentary)}>
            Amend…
          </button>
        ) : (
          <>
            <button type="button" class="primary" onClick={() => void props.onAmend(item, amending).then((done) => done && setAmending(null))}>
              Amend issue
            </button>
            <button type="button" onClick={() => setAmending(null)}>
              Cancel
            </button>
          </>
        )}
      </div>
    </li>
  );
}
