import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RoundupStore } from '@/lib/db';
import { createDraftSaver } from '@/lib/saving/save-scheduler';
import { storageErrorMessage } from '@/lib/saving/storage-error';
import type { RoundupTemplate } from '@/lib/template/template';
import { loadTemplate, saveTemplate, type TemplateStorage } from '@/lib/template/template-store';
import { type SectionRow, SectionRows, sectionRowsOf } from './SectionRows';

export interface OptionsEnv {
  store: RoundupStore;
  storage: TemplateStorage;
}

interface Draft {
  template: RoundupTemplate;
  rows: SectionRow[];
}

/**
 * The template editor. Saved as typed to storage.sync; a renamed section is
 * renamed in the draft issues too, so it keeps its clips.
 */
export function OptionsPage({ env }: { env: OptionsEnv }) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    loadTemplate(env.storage).then(
      (template) => setDraft({ template, rows: sectionRowsOf(template.sections) }),
      (e: unknown) => setError(storageErrorMessage(e)),
    );
  }, [env]);

  const saver = useMemo(
    () =>
      createDraftSaver<Draft>(
        async ({ template, rows }) => {
          for (const row of rows)
            if (row.original && row.original !== row.name.trim() && row.name.trim()) await env.store.renameSection(row.original, row.name.trim());
          const sections = rows.filter((r) => r.name.trim()).map((r) => ({ name: r.name.trim(), briefs: r.briefs }));
          await saveTemplate(env.storage, { ...template, sections });
          await env.store.applyTemplateSections(sections.map((s) => s.name));
          for (const row of rows) row.original = row.name.trim() || row.original;
          setError(null);
          setStatus('Saved.');
        },
        (e) => setError(storageErrorMessage(e)),
      ),
    [env],
  );
  useEffect(() => {
    const flush = () => void saver.flush();
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [saver]);

  if (!draft)
    return (
      <main class="options">
        <h1>Roundup Clipper options</h1>
        {error ? (
          <p role="alert" class="error">
            {error}
          </p>
        ) : (
          <p aria-busy="true">Loading…</p>
        )}
      </main>
    );
  const { template } = draft;
  const update = (next: Draft) => {
    setDraft(next);
    setStatus('Saving…');
    saver.schedule(next);
  };
  const set = (patch: Partial<RoundupTemplate>) => update({ ...draft, template: { ...template, ...patch } });
  const text = (key: 'layout' | 'greeting' | 'closingHeading' | 'signOff' | 'aboutHeading', label: string) => (
    <label class="field">
      <span>{label}</span>
      <input type="text" value={template[key]} onInput={(e) => set({ [key]: e.currentTarget.value })} />
    </label>
  );

  return (
    <main class="options">
      <h1>Roundup Clipper options</h1>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <p role="status" class="muted">
        {status}
      </p>
      <section aria-labelledby="template-heading" class="fields">
        <h2 id="template-heading" class="wide">
          Issue template
        </h2>
        <label class="field checkbox">
          <input type="checkbox" checked={template.frontMatter} onChange={(e) => set({ frontMatter: e.currentTarget.checked })} />
          <span>Front matter</span>
        </label>
        {text('layout', 'Layout')}
        {text('greeting', 'Greeting')}
        {text('closingHeading', 'Closing heading')}
        <label class="field wide">
          <span>Closing text</span>
          <textarea rows={3} value={template.closingText} onInput={(e) => set({ closingText: e.currentTarget.value })} />
        </label>
        {text('signOff', 'Sign-off')}
        {text('aboutHeading', 'About heading')}
        <label class="field wide">
          <span>About text</span>
          <textarea rows={4} value={template.aboutText} onInput={(e) => set({ aboutText: e.currentTarget.value })} />
        </label>
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
        <SectionRows rows={draft.rows} onChange={(rows) => update({ ...draft, rows })} />
      </section>
    </main>
  );
}
