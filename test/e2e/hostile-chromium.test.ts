// Issue #9, deliverable 7: hostile pages served from 127.0.0.1 are clipped through the
// popup, hostile commentary is pasted in, and the downloaded issue is rendered as the
// archive renders it (kramdown, GFM) and as CommonMark does.

import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE } from '@/lib/template/template';
import { openArticle, openPopup, readStore, waitForExtraction } from '@/test/support/chromium';
import { chromiumTestBed } from '@/test/support/chromium-test-bed';
import { CANONICAL_PATH, FIXED_COMMENTARY, HEADING_COMMENTARY, HOSTILE_PAGES, hostileIssueProblems } from '@/test/support/hostile-issue';
import { kramdownSkipReason, skipKramdown } from '@/test/support/kramdown';
import { popupForm } from '@/test/support/popup-form';

const bed = chromiumTestBed();

interface StoredClip {
  id: number;
  kind: string;
  commentary: string;
  links: { title: string; url: string }[];
}

async function download(page: Page, button: Locator): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download') as Promise<Download>, button.click()]);
  return readFile(await file.path(), 'utf8');
}

describe('hostile pages in Chromium', () => {
  it.skipIf(skipKramdown)(`clip, check, fix and download: one literal link per clip in kramdown and CommonMark${kramdownSkipReason}`, async () => {
    const session = await bed.launch();
    const { server } = bed;
    const urlOf = (path: string) => (path === HOSTILE_PAGES[0]?.path ? server.url(CANONICAL_PATH) : server.url(path));

    let popup: Page | undefined;
    for (const [i, page] of HOSTILE_PAGES.entries()) {
      await popup?.close();
      const { tabId } = await openArticle(session, server.url(page.path));
      popup = await openPopup(session, tabId);
      await waitForExtraction(popup);
      const form = popupForm(popup);
      expect(await form.title.inputValue()).toBe(page.title);
      expect(decodeURI(await form.link.inputValue())).toBe(decodeURI(urlOf(page.path)));
      if (i === 0) {
        // A link the export would refuse is refused on the field, with the reason, and by Add.
        const typed = await form.link.inputValue();
        await form.link.fill('javascript:alert(1)');
        expect(await form.link.getAttribute('aria-invalid')).toBe('true');
        const reason = popup.locator(`[id="${await form.link.getAttribute('aria-describedby')}"]`);
        expect(await reason.innerText()).toMatch(/^Links starting with javascript: cannot go in the issue/);
        await form.add.click();
        expect(await form.alert.innerText()).toContain('Links starting with javascript: cannot go in the issue');
        await form.link.fill(typed);
        expect(await form.link.getAttribute('aria-invalid')).toBeNull();
      }
      await form.section.selectOption({ label: page.section });
      // Random is made of briefs: the brief starts as [Title](url). and the commentary follows it.
      const starter = await form.commentary.inputValue();
      await form.commentary.fill(starter ? `${starter} ${page.commentary}` : page.commentary);
      await form.add.click();
      await form.added.waitFor();
    }
    await popup?.close();

    const clips = await readStore<StoredClip>(session.context, 'clips');
    expect(clips.map((c) => c.kind)).toEqual(['link', 'link', 'brief']);
    const expected = HOSTILE_PAGES.map((p) => ({ title: p.title, url: urlOf(p.path) }));
    const sections = DEFAULT_TEMPLATE.sections.map((s) => s.name).filter((name) => HOSTILE_PAGES.some((p) => p.section === name));

    const issuePage = await session.context.newPage();
    await issuePage.goto(`chrome-extension://${session.extensionId}/issue.html`);
    const exportPanel = issuePage.getByRole('region', { name: 'Export', exact: true });
    const errors = exportPanel.getByRole('list', { name: /^Errors/ });
    const headingClip = HOSTILE_PAGES.find((p) => p.commentary === HEADING_COMMENTARY);
    if (!headingClip) throw new Error('a clip with a heading in its commentary');
    // The heading is reported, not neutralised: the error names the clip and Publish is refused.
    await errors.waitFor();
    const error = errors.getByRole('listitem').filter({ hasText: headingClip.title });
    expect(await error.innerText()).toContain('level-2 heading');
    const publish = issuePage.getByRole('button', { name: 'Publish issue #1', exact: true });
    expect(await publish.isDisabled()).toBe(true);
    expect(await issuePage.getByText('Publish waits until the error under Export is fixed.').count()).toBe(1);
    expect(await exportPanel.getByText(/^1 error in this export/).count()).toBe(1);

    // Show clip, and fix it where it is.
    await error.getByRole('button', { name: 'Show clip', exact: true }).click();
    const editor = issuePage.getByRole('group', { name: `Edit ${headingClip.title}`, exact: true });
    await editor.getByRole('textbox', { name: 'Commentary', exact: true }).fill(FIXED_COMMENTARY);
    await errors.waitFor({ state: 'detached' });
    await expect.poll(() => publish.isDisabled()).toBe(false);
    expect(await exportPanel.getByText(/error in this export/).count()).toBe(0);

    const markdown = await download(issuePage, exportPanel.getByRole('button', { name: 'Download .md', exact: true }));
    expect(markdown).toContain('\n## That’s it…\n');
    expect(markdown).toContain('\n### About This Newsletter\n');
    expect(hostileIssueProblems(markdown, expected, sections)).toEqual([]);
    // The preview is the checked markdown, the same text.
    expect(await issuePage.getByRole('region', { name: 'Markdown preview', exact: true, includeHidden: true }).evaluate((el) => el.textContent)).toBe(markdown);
  });
});
