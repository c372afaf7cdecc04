import { computed, signal } from '@preact/signals';
import { type ArchiveFile, archiveFiles, type ChosenFile } from '@/lib/archive/archive-files';
import { type ArchiveSearch, createArchiveSearch, loadArchiveSearch } from '@/lib/archive/archive-search';
import { archiveZip } from '@/lib/archive/archive-zip';
import { importedArchiveItems, sameItemWords } from '@/lib/archive/imported-items';
import { isSkipped, readIssueFile } from '@/lib/archive/issue-file';
import { nextTask } from '@/lib/archive/next-task';
import type { RoundupStore } from '@/lib/db';
import type { ArchiveItem } from '@/lib/model/archive-item';
import type { ImportedIssue, ImportOutcome, SkippedFile } from '@/lib/model/imported-issue';
import { importIssue } from '@/lib/roundup/parse-issue';
import { renderIssue } from '@/lib/roundup/render-issue';
import { storageErrorMessage } from '@/lib/saving/storage-error';
import type { RoundupTemplate } from '@/lib/template/template';

export type ArchivePageStore = Pick<
  RoundupStore,
  'importIssues' | 'archiveItems' | 'archiveSearchBasis' | 'storedArchiveSearch' | 'saveArchiveSearch' | 'amendIssue' | 'currentIssue' | 'addClip' | 'allIssues'
>;

export interface ArchivePageEnv {
  store: ArchivePageStore;
  /** The template: its sections, should copying an item have to start this week's issue. */
  loadTemplate: () => Promise<RoundupTemplate>;
  /** Saves the archive's zip where the browser puts downloads. */
  saveZip: (fileName: string, bytes: Uint8Array) => void;
  /** Lets the page paint between files, so progress shows while importing. */
  yieldToPage?: () => Promise<void>;
  /** Runs work the editor does not wait for (storing the search index) when the page is idle. */
  whenIdle?: (work: () => void) => void;
}

export interface ImportProgress {
  done: number;
  total: number;
}

export interface ImportReport {
  outcome: ImportOutcome;
  skipped: SkippedFile[];
  /** Files whose issue is stored with other text: offered for Replace, never applied unasked. */
  differing: ImportedIssue[];
}

/** How many files are read between two paints. */
const FILES_PER_PAINT = 8;

/**
 * State of the Archive page: importing files (progress, what was added,
 * what differs and may be replaced, what was skipped), the search index over
 * every archived item, the issue open for browsing, copying an old item into
 * this week's issue and "Amend issue". Read-only signals and named actions.
 */
export function createArchivePageState(env: ArchivePageEnv) {
  const progress = signal<ImportProgress | null>(null);
  const report = signal<ImportReport | null>(null);
  const error = signal<string | null>(null);
  const notice = signal<string | null>(null);
  const items = signal<ArchiveItem[] | null>(null);
  const query = signal('');
  const openIssueId = signal<number | null>(null);
  /** The item a search result opened, to bring into view. */
  const focusItem = signal<number | null>(null);
  const searchIndex = signal<ArchiveSearch | null>(null);
  const yieldToPage = env.yieldToPage ?? nextTask;
  const whenIdle = env.whenIdle ?? ((work: () => void) => void setTimeout(work, 0));

  const showError = (e: unknown) => {
    error.value = storageErrorMessage(e);
  };

  const hits = computed(() => {
    const words = query.value;
    const index = searchIndex.value;
    return index && words.trim() ? index.search(words) : [];
  });

  /**
   * The search index and, beside it, the items for browsing: the index stored
   * for these published issues when there is one (it holds the items, so
   * nothing else is read), otherwise built from the items as the page opens
   * (the search box waits for it) and stored once the page is idle.
   */
  async function loadItems(): Promise<void> {
    try {
      const basis = await env.store.archiveSearchBasis();
      const stored = await env.store.storedArchiveSearch(basis);
      const loaded = stored === null ? null : readStoredIndex(stored);
      if (loaded) {
        show(loaded);
        return;
      }
      const built = createArchiveSearch(await env.store.archiveItems());
      show(built);
      storeWhenIdle(built, basis);
    } catch (e) {
      showError(e);
    }
  }

  /** Makes `index` the page's: the search box answers from it, the list shows its items. */
  function show(index: ArchiveSearch): void {
    // Newest issue first; each issue's items stay in their order (the sort is stable, each issue's items were added together).
    items.value = [...index.items].sort((a, b) => b.issueNumber - a.issueNumber);
    searchIndex.value = index;
  }

  /** Storing the index is work the editor does not wait for (serialising it, about 3 MB of JSON): done once the page has shown the search box ready. */
  function storeWhenIdle(index: ArchiveSearch, basis: string): void {
    const size = index.size;
    whenIdle(() => {
      // An import has added to it since (perhaps placeholders, perhaps never stored): that import stores it.
      if (index.size !== size) return;
      env.store.saveArchiveSearch(index.toJSON(), basis).catch(showError);
    });
  }

  /**
   * Stores the issues in one transaction and, while the database writes them,
   * adds to the index the page holds the items of those it expects to be new
   * (numbers the archive does not hold yet): the browser writes and the page
   * indexes at the same time. When the import added exactly those, their
   * stored ids replace the placeholders; otherwise (an issue the page did
   * not know was stored) the index is built again from the archive.
   */
  async function storeAndIndex(issues: readonly ImportedIssue[], held: ArchiveSearch | null): Promise<ImportOutcome> {
    const heldNumbers = new Set(held?.items.map((item) => item.issueNumber));
    const expected = held ? issues.filter((issue) => !heldNumbers.has(issue.number)) : [];
    const pending = importedArchiveItems(expected);
    const at = held?.size ?? 0;
    let indexing: Promise<void> = Promise.resolve();
    const whileWriting = () => {
      // From the next task on: the rows are handed to the database first.
      if (held) indexing = yieldToPage().then(() => held.addInBatches(pending, yieldToPage));
    };
    const writing = env.store.importIssues(issues, { whileWriting });
    // Both end before either is looked at; a failed write is thrown below.
    await writing.catch(() => {});
    await indexing;
    const outcome = await writing;
    const numbers = (list: readonly number[]) => [...list].sort((a, b) => a - b).join(',');
    if (held && numbers(outcome.added) === numbers(expected.map((issue) => issue.number)) && sameItemWords(pending, outcome.addedItems)) {
      held.settle(at, outcome.addedItems);
      show(held);
      storeWhenIdle(held, await env.store.archiveSearchBasis());
    } else await loadItems();
    return outcome;
  }

  /** Reads the chosen files, one paint every few files, then stores the issues in one transaction. */
  async function importChosen(chosen: readonly ChosenFile[]): Promise<void> {
    error.value = null;
    notice.value = null;
    let files: ArchiveFile[];
    try {
      files = archiveFiles(chosen);
    } catch (e) {
      error.value = `Those files could not be opened: ${e instanceof Error ? e.message : String(e)}`;
      return;
    }
    progress.value = { done: 0, total: files.length };
    // What the index knows is about to change: the search box waits for the new one.
    const before = searchIndex.value;
    searchIndex.value = null;
    const issues: ImportedIssue[] = [];
    const skipped: SkippedFile[] = [];
    for (const [i, file] of files.entries()) {
      const read = readIssueFile(file.name, file.text);
      if (isSkipped(read)) skipped.push(read);
      else issues.push(read);
      if ((i + 1) % FILES_PER_PAINT === 0) {
        progress.value = { done: i + 1, total: files.length };
        await yieldToPage();
      }
    }
    progress.value = { done: files.length, total: files.length };
    try {
      // One issue per number, the last file's, as importIssues keeps them.
      const unique = [...new Map(issues.map((issue) => [issue.number, issue])).values()];
      const outcome = await storeAndIndex(unique, before);
      report.value = { outcome, skipped, differing: unique.filter((issue) => outcome.differing.includes(issue.number)) };
    } catch (e) {
      showError(e);
    } finally {
      progress.value = null;
    }
    // A failed import still leaves the archive searchable.
    if (!searchIndex.value) await loadItems();
  }

  /** The editor chose Replace for these issues: their stored text gives way to the file's. */
  async function replace(numbers: readonly number[]): Promise<void> {
    const current = report.value;
    if (!current) return;
    try {
      const outcome = await env.store.importIssues(
        current.differing.filter((issue) => numbers.includes(issue.number)),
        { replace: numbers },
      );
      report.value = {
        ...current,
        outcome: { ...current.outcome, replaced: [...current.outcome.replaced, ...outcome.replaced] },
        differing: current.differing.filter((issue) => !numbers.includes(issue.number)),
      };
      await loadItems();
    } catch (e) {
      showError(e);
    }
  }

  function openIssue(issueId: number | null, itemId: number | null = null): void {
    openIssueId.value = issueId;
    focusItem.value = itemId;
  }

  /** Copies an old item, text and links, into this week's issue, in its section. */
  async function copyToCurrent(item: ArchiveItem): Promise<void> {
    try {
      const template = await env.loadTemplate();
      const current = await env.store.currentIssue(
        new Date(),
        template.sections.map((section) => section.name),
      );
      const { kind, links, commentary, section } = item;
      await env.store.addClip({ issueId: current.id, section, kind, links: links.map((l) => ({ ...l })), commentary });
      notice.value = `Copied into issue #${current.number}, under ${section}.`;
      error.value = null;
    } catch (e) {
      showError(e);
    }
  }

  /** "Amend issue": corrects one archived item's text; only that item is written anew in the issue's markdown. */
  async function amend(item: ArchiveItem, commentary: string): Promise<boolean> {
    try {
      await env.store.amendIssue(item.clipId, { commentary }, { read: importIssue, render: renderIssue });
      notice.value = `Issue #${item.issueNumber} amended.`;
      error.value = null;
      await loadItems();
      return true;
    } catch (e) {
      showError(e);
      return false;
    }
  }

  async function exportArchive(): Promise<void> {
    try {
      const issues = await env.store.allIssues();
      env.saveZip('newsletter-issues.zip', archiveZip(issues));
    } catch (e) {
      showError(e);
    }
  }

  return {
    progress: computed(() => progress.value),
    report: computed(() => report.value),
    error: computed(() => error.value),
    notice: computed(() => notice.value),
    items: computed(() => items.value),
    query: computed(() => query.value),
    hits,
    searchReady: computed(() => searchIndex.value !== null),
    openIssueId: computed(() => openIssueId.value),
    focusItem: computed(() => focusItem.value),
    showError,
    loadItems,
    search: (words: string) => {
      query.value = words;
    },
    importChosen,
    replace,
    openIssue,
    copyToCurrent,
    amend,
    exportArchive,
  };
}

export type ArchivePageState = ReturnType<typeof createArchivePageState>;

/** A stored index that no longer loads (written by another version) is rebuilt, not an error. */
function readStoredIndex(json: string): ArchiveSearch | null {
  try {
    return loadArchiveSearch(json);
  } catch {
    return null;
  }
}

/** The files of a file input, with their folder path when a folder was chosen. */
export async function chosenFiles(list: FileList | null): Promise<ChosenFile[]> {
  return Promise.all([...(list ?? [])].map(async (file) => ({ name: file.webkitRelativePath || file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}
