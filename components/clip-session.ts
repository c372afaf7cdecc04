import { batch, computed, signal } from '@preact/signals';
import { clipFromForm, draftKeyOf, type EditableField, fileInSection, formFromPage, formProblems, updateForm } from '@/lib/clip-form/clip-form';
import { linkOf } from '@/lib/clip-form/link-form';
import { applyCorrections, correctionsFrom, newCorrections, withoutCorrection } from '@/lib/corrections/corrections';
import { siteCandidates } from '@/lib/corrections/site-candidates';
import type { DuplicateReport, RoundupStore } from '@/lib/db';
import type { Clip } from '@/lib/model/clip';
import type { ClipForm } from '@/lib/model/clip-draft';
import { type Correction, sameCorrectionKey } from '@/lib/model/correction';
import type { Issue } from '@/lib/model/issue';
import { metadataFromTab, type PageReading } from '@/lib/page/page-reading';
import { clipTitle } from '@/lib/queue/clip-summary';
import { INBOX_SECTION, inInbox } from '@/lib/queue/inbox';
import { joinCommentary } from '@/lib/quote/blockquote';
import { loadDraftFallback, newerDraft, removeDraftFallback, saveDraftFallback } from '@/lib/saving/draft-fallback';
import type { PendingEditArea } from '@/lib/saving/pending-edit-fallback';
import { createSaveScheduler } from '@/lib/saving/save-scheduler';
import { storageErrorMessage } from '@/lib/saving/storage-error';
import { duplicateOptionsOf, type TemplateDuplicateOptions } from '@/lib/template/duplicate-options';
import { DEFAULT_TEMPLATE, type RoundupTemplate } from '@/lib/template/template';

/** What the Clip view needs from the outside world; tests pass fakes for `readPage`. */
export interface ClipEnv {
  store: RoundupStore;
  readPage: () => Promise<PageReading>;
  /** The editor's template: sections for a first issue, attribution style. */
  loadTemplate: () => Promise<RoundupTemplate>;
  now?: () => Date;
  /** `storage.local`: where the draft goes when IndexedDB refuses it (and pending edits, in the Queue). */
  pendingArea?: PendingEditArea;
  /** Loads `siteOf` (tldts, ~110 KB gzipped: never in the popup's initial chunk); tests may pass their own. */
  loadSiteOf?: () => Promise<(url: string) => string | null>;
}

/** How long typing in the Link field pauses before the page is looked up again. */
const DUPLICATE_RECHECK_MS = 200;
/** When, after the form is ready, `siteOf`'s code is fetched for Add (which remembers the editor's fixes by site). */
const SITE_PRELOAD_MS = 100;

/** `promise`, marked as handled now: it is awaited later, inside the `try` that shows storage errors. */
function awaitedLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

const loadSiteOf = () => import('@/lib/corrections/site').then((m) => m.siteOf);

/** Corrections the form opened with, remembered for `site`, each with a Forget. */
export interface RememberedState {
  site: string;
  corrections: Correction[];
}

/** The confirmation after adding: what happened, and how to take it back. */
export interface AddedState {
  clipId: number;
  section: string;
  count: number;
  form: ClipForm;
  /** "Added to Random." or "Added as another link of “X”." */
  message: string;
  /** A new clip is removed on Undo; a link added to an existing clip is taken out of it; a filled Inbox item goes back. */
  undo: 'clip' | 'link' | 'fill';
  /** For `fill`: the Inbox item as it was. */
  before?: Clip;
}

export type ClipPhase = 'reading' | 'editing' | 'added';

/**
 * State of one popup session: read the page, restore or start its draft,
 * persist every edit, add the clip (or add it as a link of a queued clip),
 * undo. Exposes read-only signals and named actions; components only render them.
 */
export function createClipSession(env: ClipEnv) {
  const now = env.now ?? (() => new Date());
  const phase = signal<ClipPhase>('reading');
  const form = signal<ClipForm | null>(null);
  const issue = signal<Issue | null>(null);
  const count = signal<number | null>(null);
  const notice = signal<string | null>(null);
  const error = signal<string | null>(null);
  const problems = signal<string[]>([]);
  const added = signal<AddedState | null>(null);
  const restored = signal(false);
  const duplicate = signal<DuplicateReport | null>(null);
  const linkItems = signal<{ id: number; title: string; section: string }[]>([]);
  const remembered = signal<RememberedState | null>(null);
  /** No issue is published yet: the popup offers importing the archive or restoring a backup. */
  const archiveEmpty = signal(false);
  let draftKey = '';
  /** The form as extraction gave it, before any correction: what the editor's fixes are measured against. */
  let extracted: ClipForm | null = null;
  let site: string | null = null;
  let siteCorrections: Correction[] = [];
  let siteOfLoading: Promise<((url: string) => string | null) | null> | null = null;
  /** `siteOf`'s code, fetched once: a failure leaves the site unknown, so nothing is remembered, and the clip is still added. */
  const siteOfOnce = () => {
    siteOfLoading ??= (env.loadSiteOf ?? loadSiteOf)().catch(() => null);
    return siteOfLoading;
  };
  /** The site of the page as extraction gave it, worked out once. */
  const siteOfPage = async (): Promise<string | null> => {
    if (site === null && extracted) site = (await siteOfOnce())?.(extracted.url) ?? null;
    return site;
  };
  let preloadTimer: ReturnType<typeof setTimeout> | undefined;
  let briefSections: string[] = [];
  let stopCounting = () => {};

  const showError = (e: unknown) => {
    error.value = storageErrorMessage(e);
  };
  /** A draft of this page had to go to `storage.local`: removed once IndexedDB takes one again. */
  let fellBack = false;
  const area = env.pendingArea;
  const saveDraft = async (value: ClipForm): Promise<void> => {
    const draft = { key: draftKey, form: value, updatedAt: now().getTime() };
    try {
      await env.store.saveDraft(draft.key, draft.form, draft.updatedAt);
    } catch (refused) {
      // IndexedDB refused it: the draft still outlives the popup, and the error is still shown.
      if (area) {
        await saveDraftFallback(area, draft);
        fellBack = true;
      }
      throw refused;
    }
    if (fellBack && area) {
      fellBack = false;
      await removeDraftFallback(area, draft.key);
    }
  };
  const saver = createSaveScheduler<ClipForm>(saveDraft, showError, {
    // The popup closes the moment focus leaves it: the draft is committed before it goes; saveDraft, which follows, reports any refusal.
    persistPending: (value) => void env.store.saveDraftOnUnload(draftKey, value, now().getTime()).catch(() => {}),
  });

  async function start(): Promise<void> {
    // Everything is asked for at once (issue #13 item 7): the page's reading, the template, the
    // issue and its queue; none of them waits for another it does not need.
    const templateLoading = env.loadTemplate().catch(() => DEFAULT_TEMPLATE); // a template that cannot be read must not stop a clip: the defaults serve
    const readingLoading = env.readPage().catch((e: unknown) => ({
      metadata: metadataFromTab({ id: -1 }),
      notice: `Could not read this page: ${e instanceof Error ? e.message : String(e)} Fill in the fields by hand.`,
    }));
    const issueLoading = awaitedLater(
      templateLoading.then(async (template) => {
        const current = await env.store.currentIssue(
          now(),
          template.sections.map((s) => s.name),
        );
        return { current, section: (await env.store.lastUsedSection(current.sectionOrder)) ?? current.sectionOrder[0] ?? '' };
      }),
    );
    // The header and a popup opened on the Queue need only the issue: a page still being read does not hold
    // them back. Once it is read, the issue comes with the form in one render (an extra one would delay the form).
    let read = false;
    readingLoading.then(() => {
      read = true;
    });
    issueLoading.then(
      ({ current }) => {
        if (!read) issue.value ??= current;
      },
      () => {},
    );
    const queueLoading = awaitedLater(
      issueLoading.then(({ current }) => Promise.all([env.store.clipsForIssue(current.id, current.sectionOrder), env.store.hasPublishedIssue()])),
    );
    const [reading, template] = await Promise.all([readingLoading, templateLoading]);
    const style = template.attribution;
    notOwnLinks = duplicateOptionsOf(template);
    briefSections = template.sections.filter((s) => s.briefs).map((s) => s.name);
    const newForm = (section: string) => fileInSection(formFromPage(page, section, style), section, briefSections);
    const page = reading.metadata;
    draftKey = draftKeyOf(page);
    notice.value = reading.notice;
    let section = '';
    try {
      const found = await issueLoading;
      const current = found.current;
      section = found.section;
      extracted = newForm(section);
      // Any site the page could belong to, in one read; the public-suffix list (tldts) is
      // loaded to say which one only when one of them has corrections (issue #13 item 7).
      const correctionsLoading = awaitedLater(
        env.store.correctionsForSites(siteCandidates(extracted.url)).then(async (candidates) => {
          if (!candidates.length) return [];
          const known = await siteOfPage();
          return candidates.filter((c) => c.site === known);
        }),
      );
      // One round of reads once the page is known: its draft, its site's corrections, its duplicates.
      const [stored, kept, corrections, report] = await Promise.all([
        env.store.loadDraft(draftKey),
        area ? loadDraftFallback(area, draftKey).catch(() => undefined) : undefined,
        correctionsLoading,
        // A failed lookup costs the notice, not the form: the error is shown, the draft still restored.
        env.store.findDuplicates([page.canonicalUrl, page.url].filter(Boolean), current.id, notOwnLinks).catch((e: unknown) => {
          showError(e);
          return null;
        }),
      ]);
      const draft = newerDraft(stored, kept);
      fellBack = kept !== undefined;
      siteCorrections = corrections;
      // A restored draft is the editor's own form: corrections apply only to a fresh one. A draft
      // "Quote in commentary" started holds only the editor's quotes: the rest is read afresh.
      const own = draft?.startedByQuote ? undefined : draft;
      const corrected = own ? null : applyCorrections(extracted, siteCorrections);
      const fresh = corrected?.form ?? extracted;
      batch(() => {
        issue.value = current;
        restored.value = draft !== undefined;
        form.value = own?.form ?? (draft ? { ...fresh, commentary: joinCommentary(fresh.commentary, draft.form.commentary) } : fresh);
        remembered.value = site && corrected?.applied.length ? { site, corrections: corrected.applied } : null;
        duplicate.value = report;
      });
      const subscription = env.store.watchClipCount(current.id).subscribe({
        next: (n) => {
          count.value = n;
        },
        error: showError,
      });
      stopCounting = () => subscription.unsubscribe();
      const [clips, archived] = await queueLoading;
      batch(() => {
        phase.value = 'editing'; // with the last reads, so the form settles in one render
        archiveEmpty.value = !archived;
        linkItems.value = clips.filter((c) => c.kind === 'link').map((c) => ({ id: c.id, title: clipTitle(c), section: c.section }));
      });
    } catch (e) {
      // The editor can still read and type; the error says why nothing will be kept.
      showError(e);
      const kept = area ? await loadDraftFallback(area, draftKey).catch(() => undefined) : undefined;
      fellBack ||= kept !== undefined;
      form.value ??= kept?.form ?? newForm(section);
    }
    phase.value = 'editing';
    preloadTimer = setTimeout(() => void siteOfOnce(), SITE_PRELOAD_MS);
  }

  function edit(field: EditableField, value: string): void {
    if (!form.value) return;
    form.value = field === 'section' ? fileInSection(form.value, value, briefSections) : updateForm(form.value, field, value);
    problems.value = [];
    saver.schedule(form.value);
    if (field === 'url') recheckDuplicates(value);
  }

  let duplicateTimer: ReturnType<typeof setTimeout> | undefined;
  /** The template's own links (its site, its blocks): never "Linked in #N". */
  let notOwnLinks: TemplateDuplicateOptions = { siteUrl: '', ignoredUrls: [] };
  /** A Link typed or pasted by hand is looked up again ("Linked in #N"), once typing pauses. */
  function recheckDuplicates(url: string): void {
    clearTimeout(duplicateTimer);
    duplicateTimer = setTimeout(async () => {
      const current = issue.value;
      if (!current) return;
      try {
        const report = await env.store.findDuplicates([url.trim()].filter(Boolean), current.id, notOwnLinks);
        if (form.value?.url === url) duplicate.value = report;
      } catch (e) {
        showError(e);
      }
    }, DUPLICATE_RECHECK_MS);
  }

  /** Adds the form as a new clip, or with `intoClipId` as another header line of that queued clip. */
  async function add(intoClipId?: number): Promise<boolean> {
    const current = form.value;
    if (!current || phase.value !== 'editing') return false;
    const found = formProblems(intoClipId === undefined ? current : { ...current, kind: 'link' });
    problems.value = found;
    if (found.length) return false;
    if (!issue.value?.id) {
      error.value ??= 'The clip database is not available, so the clip cannot be stored.';
      return false;
    }
    saver.cancel();
    try {
      let result: AddedState;
      if (intoClipId === undefined) {
        const { clip, count: total } = await env.store.addClip(clipFromForm(current, issue.value.id), draftKey, now().getTime());
        result = { clipId: clip.id, section: current.section, count: total, form: current, message: `Added to ${current.section}.`, undo: 'clip' };
      } else {
        const target = linkItems.value.find((c) => c.id === intoClipId);
        const total = await env.store.addLinkToClip(intoClipId, linkOf(current, current.clippedUrl), draftKey, now().getTime());
        result = {
          clipId: intoClipId,
          section: target?.section ?? current.section,
          count: total,
          form: current,
          message: `Added as another link of “${target?.title ?? 'that clip'}”, in ${target?.section ?? 'its section'}.`,
          undo: 'link',
        };
      }
      await remember(current);
      if (area && fellBack) {
        fellBack = false;
        await removeDraftFallback(area, draftKey).catch(showError);
      }
      batch(() => {
        added.value = result;
        count.value = result.count;
        error.value = null;
        phase.value = 'added';
      });
      return true;
    } catch (e) {
      showError(e);
      saver.schedule(current); // keep the draft: nothing the editor typed is lost
      return false;
    }
  }

  /** Remembers what the editor fixed against extraction; a clip is stored even when this fails. */
  async function remember(final: ClipForm): Promise<void> {
    const known = await siteOfPage();
    if (!known || !extracted) return;
    const found = newCorrections(correctionsFrom(extracted, final, known), siteCorrections);
    try {
      await env.store.rememberCorrections(found, now().getTime());
    } catch (e) {
      showError(e);
    }
  }

  /**
   * "Fill details from this page": the Inbox item waiting for this page takes the
   * form's link (title, authors, source, attribution), kind and commentary, and
   * moves into the form's section. The confirmation offers Undo, as after adding.
   */
  async function fillInbox(): Promise<boolean> {
    const current = form.value;
    const waiting = duplicate.value?.inIssue;
    if (!current || phase.value !== 'editing' || !waiting || !inInbox(waiting)) return false;
    const found = formProblems(current);
    problems.value = found;
    if (found.length) return false;
    saver.cancel();
    try {
      const fill = { section: current.section, kind: current.kind, link: linkOf(current, current.clippedUrl), commentary: current.commentary };
      const before = await env.store.fillInboxClip(waiting.clipId, fill, draftKey, now().getTime());
      const total = await env.store.countClips(before.issueId);
      await remember(current);
      batch(() => {
        added.value = {
          clipId: waiting.clipId,
          section: current.section,
          count: total,
          form: current,
          message: `Details filled in; moved from the Inbox to ${current.section}.`,
          undo: 'fill',
          before,
        };
        count.value = total;
        error.value = null;
        phase.value = 'added';
      });
      return true;
    } catch (e) {
      showError(e);
      saver.schedule(current);
      return false;
    }
  }

  /** Forgets a remembered correction: deleted from storage, its field back to what extraction gave. */
  async function forget(correction: Correction): Promise<void> {
    const state = remembered.value;
    if (!state || !extracted) return;
    try {
      await env.store.forgetCorrection(correction);
    } catch (e) {
      showError(e);
      return;
    }
    siteCorrections = siteCorrections.filter((c) => !sameCorrectionKey(c, correction));
    const rest = state.corrections.filter((c) => !sameCorrectionKey(c, correction));
    batch(() => {
      if (form.value) {
        form.value = withoutCorrection(form.value, correction, extracted ?? form.value);
        saver.schedule(form.value);
      }
      remembered.value = rest.length ? { ...state, corrections: rest } : null;
    });
  }

  async function undo(): Promise<void> {
    const last = added.value;
    if (!last) return;
    const draft = { key: draftKey, form: last.form, updatedAt: now().getTime() };
    try {
      if (last.undo === 'fill' && last.before) {
        await env.store.undoFillInboxClip(last.before, draft, now().getTime());
        duplicate.value = duplicate.value && { ...duplicate.value, inIssue: { clipId: last.clipId, section: INBOX_SECTION } };
      } else {
        count.value =
          last.undo === 'clip'
            ? await env.store.undoAddClip(last.clipId, draft)
            : await env.store.undoAddLink(last.clipId, last.form.url.trim(), draft, now().getTime());
      }
      batch(() => {
        form.value = last.form;
        added.value = null;
        phase.value = 'editing';
      });
    } catch (e) {
      showError(e);
    }
  }

  return {
    phase: computed(() => phase.value),
    form: computed(() => form.value),
    issue: computed(() => issue.value),
    count: computed(() => count.value),
    notice: computed(() => notice.value),
    error: computed(() => error.value),
    problems: computed(() => problems.value),
    added: computed(() => added.value),
    /** The Inbox item waiting for this page's details ("Clip link to this issue" put it there), if any. */
    inboxItem: computed(() => {
      const waiting = duplicate.value?.inIssue;
      return waiting && inInbox(waiting) ? waiting : null;
    }),
    restored: computed(() => restored.value),
    duplicate: computed(() => duplicate.value),
    linkItems: computed(() => linkItems.value),
    remembered: computed(() => remembered.value),
    archiveEmpty: computed(() => archiveEmpty.value),
    start,
    forget,
    edit,
    add,
    fillInbox,
    undo,
    /** Saves the draft as typed; the popup binds it to pagehide with `useSaveAsYouType`. */
    saving: saver,
    dispose: () => {
      stopCounting();
      clearTimeout(duplicateTimer);
      clearTimeout(preloadTimer);
    },
  };
}

export type ClipSession = ReturnType<typeof createClipSession>;
