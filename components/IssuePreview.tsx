import { useState } from 'preact/hooks';
import { MarkdownPreview } from './MarkdownPreview';
import { type TabChoice, TabPanel, Tabs } from './Tabs';

type PreviewView = 'preview' | 'markdown';
const VIEWS: readonly TabChoice<PreviewView>[] = [
  { view: 'preview', label: 'Preview' },
  { view: 'markdown', label: 'Markdown' },
];

/** The front matter the site reads, not the reader: left out of the rendered preview. */
const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/;

/**
 * The issue as it will read, rendered live as the editor types, with the exact markdown one
 * tab away (issue #13 item 3). Both panels stay in the document, so switching keeps each
 * one's scroll position.
 */
export function IssuePreview({ markdown }: { markdown: string }) {
  const [view, setView] = useState<PreviewView>('preview');
  return (
    <div class="issue-preview">
      <Tabs label="Issue preview" views={VIEWS} view={view} onChange={setView} idPrefix="issue-preview-" class="tabs preview-tabs">
        <TabPanel view="preview" active={view === 'preview'} idPrefix="issue-preview-" class="preview-panel" focusable>
          <MarkdownPreview markdown={markdown.replace(FRONT_MATTER, '')} label="Rendered preview" />
        </TabPanel>
        <TabPanel view="markdown" active={view === 'markdown'} idPrefix="issue-preview-" class="preview-panel" focusable>
          <section class="markdown-source" aria-label="Markdown preview">
            <pre>{markdown}</pre>
          </section>
        </TabPanel>
      </Tabs>
    </div>
  );
}
