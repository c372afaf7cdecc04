import type { Clip } from '../model/clip';
import { type Issue, issueDateLabel } from '../model/issue';
import { inInbox } from '../queue/inbox';
import { subtitleLine } from '../queue/subtitle';
import { type IssueDocument, type IssueItem, type IssueSection, SEPARATOR, type TrailingBlock } from '../roundup';
import { neutraliseCommentary } from '../roundup/commentary';
import type { RoundupTemplate } from '../template/template';

/** The two comments every exported issue carries (format doc, section 1). */
export const PREAMBLE = ['<!-- markdownlint-disable MD033 -->', '<!-- markdownlint-disable MD049 -->'];

/** "#131 - 22 Jul 2022" */
export function issueTitle(issue: Pick<Issue, 'number' | 'date'>): string {
  return `#${issue.number} - ${issueDateLabel(issue.date)}`;
}

/**
 * The clips that go out with this issue: those held for next week wait for the
 * next one, and Inbox items (links clipped from a menu, details to fill) are never sent.
 */
export function clipsToSend(clipsInOrder: readonly Clip[]): Clip[] {
  return clipsInOrder.filter((c) => !c.holdForNextWeek && !inInbox(c));
}

/** The subtitle the issue will carry: the editor's own, or the clips' labels in order. */
export function issueSubtitle(issue: Pick<Issue, 'subtitle'>, clipsInOrder: readonly Clip[]): string {
  return issue.subtitle ?? subtitleLine(clipsInOrder);
}

/** The clip as an item; its text is the editor's markdown, neutralised so it cannot change the issue's shape. */
export function itemOf(clip: Clip): IssueItem | null {
  const text = neutraliseCommentary(clip.commentary);
  if (clip.kind === 'note') return text ? { kind: 'note', text } : null;
  if (clip.kind === 'brief') return text ? { kind: 'brief', text } : null;
  if (clip.links.length === 0) return text ? { kind: 'note', text } : null;
  return {
    kind: 'link',
    links: clip.links.map((l) => ({ title: l.title.replace(/\s+/g, ' ').trim(), url: l.url.trim(), attribution: l.attribution.replace(/\s+/g, ' ').trim() })),
    commentary: text,
  };
}

/** The intro as exported: the template's greeting first, unless the editor already wrote it. */
function introOf(issue: Issue, template: RoundupTemplate): string {
  const intro = neutraliseCommentary(issue.intro);
  const greeting = neutraliseCommentary(template.greeting);
  if (!greeting || intro.startsWith(greeting)) return intro;
  return intro ? `${greeting}\n\n${intro}` : greeting;
}

/**
 * Maps the stored issue and its clips (in issue order, live only) to the
 * markdown core's document. Empty sections are left out; sections not in the
 * issue's order (renamed since) come last rather than being lost; a name listed
 * twice is one section. The editor's markdown goes through `neutraliseCommentary`.
 */
export function issueDocumentOf(issue: Issue, clipsInOrder: readonly Clip[], template: RoundupTemplate): IssueDocument {
  // Each name once, even when the order (or a template) lists it twice: a section is exported once.
  const names = [...new Set([...issue.sectionOrder, ...clipsInOrder.map((c) => c.section)])];
  const sections: IssueSection[] = names.flatMap((name) => {
    const items = clipsInOrder.filter((c) => c.section === name).flatMap((c) => itemOf(c) ?? []);
    return items.length ? [{ name, items }] : [];
  });
  const heroImg = issue.heroImg?.trim();
  return {
    frontMatter: template.frontMatter
      ? {
          title: issueTitle(issue),
          // The core keeps front-matter spaces as written (imported issues); typed ones are tidied here.
          subtitle: issueSubtitle(issue, clipsInOrder).replace(/\s+/g, ' ').trim(),
          date: issue.date,
          layout: template.layout,
          ...(heroImg ? { heroImg } : {}),
          extra: [],
        }
      : null,
    preamble: [...PREAMBLE],
    intro: introOf(issue, template),
    sections,
    closing: {
      heading: template.closingHeading,
      body: [template.closingText.trim(), template.signOff.trim()].filter(Boolean).join('\n\n'),
    },
    trailingBlocks: trailingBlocksOf(template),
  };
}

/** About, then the template's own blocks; a block's separator ends the block above it. */
function trailingBlocksOf(template: RoundupTemplate): TrailingBlock[] {
  const blocks: TrailingBlock[] = template.aboutHeading.trim() ? [{ heading: template.aboutHeading.trim(), level: 3, body: template.aboutText.trim() }] : [];
  for (const block of template.trailingBlocks) {
    const above = blocks[blocks.length - 1];
    if (block.separatorBefore && above) above.body = above.body ? `${above.body}\n\n${SEPARATOR}` : SEPARATOR;
    blocks.push({ heading: block.heading, level: block.level, body: block.body.trim() });
  }
  return blocks;
}

/** `2022-07-22-issue-131.md` */
export function exportFileName(issue: Pick<Issue, 'number' | 'date'>): string {
  return `${issue.date}-issue-${issue.number}.md`;
}
