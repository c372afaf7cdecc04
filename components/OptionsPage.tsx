import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import type { ArchiveBackups } from '@/lib/backup/archive-backups';
import type { RoundupStore } from '@/lib/db';
import { storageErrorMessage } from '@/lib/saving/storage-error';
import type { RoundupTemplate } from '@/lib/template/template';
import type { TemplateField } from '@/lib/template/template-problems';
import { loadTemplate, TEMPLATE_SETTING, type TemplateStorage } from '@/lib/template/template-store';
import { type Clock, createTemplateSyncWriter, systemClock } from '@/lib/template/template-sync-writer';
import { BackupSection } from './BackupSection';
import { CorrectionsList } from './CorrectionsList';
import { createOptionsState } from './options-state';
import { PageLoading } from './PageLoading';
import { SectionRows } from './SectionRows';
import { useSaveAsYouType } from './use-save-as-you-type';

export interface OptionsEnv {
  store: RoundupStore;
  /** storage.sync: gets a throttled copy of the template, and brings edits made on another machine. */
  storage: TemplateStorage;
  /** Paces the copies to storage.sync; the page's own clock unless a test drives it. */
  clock?: Clock;
  /** Back up and restore the whole archive (the entry passes the browser's downloads). */
  backups?: ArchiveBackups;
  /** The part to show once loaded (the URL's fragment: `backups` from the popup's "Restore from backup"). */
  openAt?: string;
}

/**
 * The template editor. Saved as typed to IndexedDB, with a throttled copy in
 * storage.sync; a renamed section is
 * renamed in the draft issues too, so it keeps its clips. Below it, the
 * corrections the popup remembered per site (in IndexedDB, never synced).
 */
export function OptionsPage({ env }: { env: OptionsEnv }) {
  const state = useMemo(
    () =>
      createOptionsState(
        {
          loadTemplate: () => loadTemplate(env.storage, env.store),
          saveTemplate: (template, updatedAt) => env.store.saveSetting(TEMPLATE_SETTING, template, updatedAt),
          renameSection: (from, to) => env.store.renameSection(from, to),
          applyTemplateSections: (sections) => env.store.applyTemplateSections(sections),
        },
        { syncWriter: (onResult) => createTemplateSyncWriter(env.storage, env.clock ?? systemClock, onResult) },
      ),
    [env],
  );
  useEffect(() => void state.load(), [state]);
  /** null until known; false until the archive holds an issue, when the page offers importing or restoring one. */
  const [archived, setArchived] = useState<boolean | null>(null);
  const [archivedError, setArchivedError] = useState<string | null>(null);
  useEffect(() => {
    env.store.hasPublishedIssue().then(setArchived, (e: unknown) => setArchivedError(storageErrorMessage(e)));
  }, [env]);
  useSaveAsYouType(state.saving);
  useSaveAsYouType(state.syncing);
  const id = useId();

  const template = state.template.value;
  // The fragment's target exists only once the template is loaded, after the browser looked for it.
  useEffect(() => {
    if (template && env.openAt) document.getElementById(env.openAt)?.scrollIntoView();
  }, [template !== null, env.openAt]);
  const error = state.error.value;
  const syncError = state.syncError.value;
  if (!template) return <PageLoading className="options" title="Roundup Clipper options" error={error} />;
  const set = (patch: Partial<RoundupTemplate>) => state.editTemplate(patch);
  const problems = state.problems.value;
  /** A field's problems, as the message below it and the attributes that tie it to the field. */
  const check = (field: Exclude<TemplateField, 'sections'>) => {
    const messages = problems.filter((p) => p.field === field).map((p) => p.message);
    const messageId = `${id}-${field}-problem`;
    const attributes = messages.length ? { 'aria-invalid': 'true' as const, 'aria-describedby': messageId } : {};
    const message = messages.length > 0 && (
      <small id={messageId} class="field-problem">
        {messages.join(' ')}
      </small>
    );
    return { attributes, message };
  };
  const text = (key: 'siteUrl' | 'layout' | 'greeting' | 'closingHeading' | 'signOff' | 'aboutHeading', label: string) => {
    const { attributes, message } = check(key);
    return (
      <div class="field">
        <label for={`${id}-${key}`}>{label}</label>
        <input id={`${id}-${key}`} type="text" value={template[key]} onInput={(e) => set({ [key]: e.currentTarget.value })} {...attributes} />
        {message}
      </div>
    );
  };
  const area = (key: 'closingText' | 'aboutText', label: string, rows: number) => {
    const { attributes, message } = check(key);
    return (
      <div class="field wide">
        <label for={`${id}-${key}`}>{label}</label>
        <textarea id={`${id}-${key}`} rows={rows} value={template[key]} onInput={(e) => set({ [key]: e.currentTarget.value })} {...attributes} />
        {message}
      </div>
    );
  };

  return (
    <main class="options">
      <h1>Roundup Clipper options</h1>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {syncError && (
        <p role="alert" class="error">
          {syncError}
        </p>
      )}
      {archivedError && (
        <p role="alert" class="error">
          {archivedError}
        </p>
      )}
      {archived === false && (
        <section aria-labelledby="first-run-heading" class="first-run">
          <h2 id="first-run-heading">Bring in your archive</h2>
          <p>
            No issue is published yet. Past issues make “Linked in #N” and search work:{' '}
            <a href="/archive.html#import" target="_blank" rel="noopener">
              Import issues
            </a>{' '}
            from the site’s files
            {env.backups && (
              <>
                , or <a href="#backups">Restore from backup</a> below
              </>
            )}
            .
          </p>
        </section>
      )}
      <p role="status" class={problems.length ? 'error' : 'muted'}>
        {state.status.value}
      </p>
      <section aria-labelledby="template-heading" class="fields">
        <h2 id="template-heading" class="wide">
          Issue template
        </h2>
        <label class="field checkbox">
          <input type="checkbox" checked={template.frontMatter} onChange={(e) => set({ frontMatter: e.currentTarget.checked })} />
          <span>Front matter</span>
        </label>
        {text('siteUrl', 'Site URL')}
        {text('layout', 'Layout')}
        {text('greeting', 'Greeting')}
        {text('closingHeading', 'Closing heading')}
        {area('closingText', 'Closing text', 3)}
        {text('signOff', 'Sign-off')}
        {text('aboutHeading', 'About heading')}
        {area('aboutText', 'About text', 4)}
      </section>
      <section aria-labelledby="attribution-heading" class="fields">
        <h2 id="attribution-heading" class="wide">
          Attribution style
        </h2>
        <label class="field">
          <span>Authors before “et al.”</span>
          <input
            type="number"
            min={1}
            max={20}
            value={template.attribution.etAlAfter}
            onInput={(e) => {
              const n = Number(e.currentTarget.value);
              if (Number.isInteger(n) && n >= 1) set({ attribution: { ...template.attribution, etAlAfter: n } });
            }}
          />
        </label>
        <label class="field">
          <span>Join two authors with</span>
          <select
            value={template.attribution.conjunction}
            onChange={(e) => set({ attribution: { ...template.attribution, conjunction: e.currentTarget.value === '&' ? '&' : 'and' } })}
          >
            <option value="and">and</option>
            <option value="&amp;">&amp;</option>
          </select>
        </label>
      </section>
      <section aria-labelledby="sections-heading">
        <h2 id="sections-heading">Sections</h2>
        <SectionRows rows={state.rows.value} problems={problems.filter((p) => p.field === 'sections')} onChange={state.editRows} />
      </section>
      <CorrectionsList store={env.store} />
      {env.backups && <BackupSection backups={env.backups} onRestored={() => void state.load()} />}
    </main>
  );
}
