import type { Clip } from '../model/clip';
import type { Issue } from '../model/issue';
import { clipTitle } from '../queue/clip-summary';
import { inboxWarning, inInbox } from '../queue/inbox';
import {
  briefHasLink,
  briefLink,
  commentaryProblems,
  type IssueDocument,
  issueDocumentProblems,
  linkProblem,
  neutraliseCommentary,
  normaliseIssueDocument,
  parseIssue,
  renderIssue,
} from '../roundup';
import { oneLine } from '../roundup/one-line';
import type { RoundupTemplate } from '../template/template';
import { templateProblems } from '../template/template-problems';
import { exportProblems } from './export-problems';
import { clipsToSend, issueDocumentOf, itemOf } from './issue-export';
import { lintIssueMarkdown } from './markdown-lint';
import { commentaryLinkProblems, sameDocument } from './round-trip';

/** Errors refuse Publish; warnings and notes only inform. */
export type ProblemSeverity = 'error' | 'warning' | 'note';

/** One line of the problems list; `clipId` is what "Show clip" jumps to. */
export interface IssueProblem {
  severity: ProblemSeverity;
  message: string;
  clipId?: number;
}

export interface ExportCheck {
  /** What Copy, Download, Preview and Publish write: produced even when there are errors. */
  markdown: string;
  /** Errors first, then warnings, then notes; each in issue order. */
  problems: IssueProblem[];
  /** No errors: Publish may go ahead. */
  canPublish: boolean;
}

export interface ExportCheckOptions {
  /** Clips linked in a published issue already, with where ("#130"): a warning each. */
  linkedBefore?: ReadonlyMap<number, string>;
  /** markdownlint's findings on `markdown` (see `checkExportWithLint`): warnings. */
  lint?: readonly string[];
}

/**
 * The check every export runs (issue #9, deliverable 3). The issue is mapped to
 * its document and rendered; then:
 *
 * - errors: the markdown does not read back as the document
 *   (`parseIssue(renderIssue(doc))`), the document breaks the issue's structure
 *   rules (`issueDocumentProblems`), commentary that would change the issue's
 *   shape (`commentaryProblems`), a link that is unsafe or invalid (`linkProblem`;
 *   such a link is left out of the markdown), a brief without its link, and a
 *   template that would break the issue (`templateProblems`);
 * - warnings: missing commentary, titles or attributions, the same page twice,
 *   links left in the Inbox,
 *   a page linked before, a brief outside a brief section, no intro, no
 *   sign-off, markdownlint findings;
 * - notes: clips held for next week, left out (empty sections are no problem: they are left out).
 *
 * A published issue exports the markdown stored when it was published, unchecked.
 */
export function checkExport(issue: Issue, clipsInOrder: readonly Clip[], template: RoundupTemplate, options: ExportCheckOptions = {}): ExportCheck {
  if (issue.status === 'published' && issue.markdown !== undefined) return { markdown: issue.markdown, problems: [], canPublish: false };
  const problems: IssueProblem[] = [];
  const error = (message: string, clipId?: number) => problems.push({ severity: 'error', message, ...(clipId === undefined ? {} : { clipId }) });
  const warning = (message: string, clipId?: number) => problems.push({ severity: 'warning', message, ...(clipId === undefined ? {} : { clipId }) });

  const templateFaults = templateProblems(template);
  for (const found of templateFaults) error(`Template (options page): ${found.message}`);
  const sent = clipsToSend(clipsInOrder);
  const briefSections = template.sections.filter((s) => s.briefs).map((s) => s.name);
  const flagged = new Set<number | undefined>();
  const exported = sent.flatMap((clip) => {
    const { found, keep } = clipProblems(clip, briefSections, options.linkedBefore);
    for (const p of found) {
      if (p.severity === 'error') flagged.add(clip.id);
      problems.push(p);
    }
    return keep ? [keep] : [];
  });
  for (const p of exportProblems(sent))
    problems.push({ severity: p.note ? 'note' : 'warning', message: p.message, ...(p.clipId === undefined ? {} : { clipId: p.clipId }) });
  const waiting = clipsInOrder.filter(inInbox);
  if (waiting.length) warning(inboxWarning(waiting));
  const held = clipsInOrder.filter((c) => c.holdForNextWeek && !inInbox(c));
  if (held.length) problems.push({ severity: 'note', message: `Held for next week, not in this export: ${held.map((c) => `“${clipTitle(c)}”`).join(', ')}.` });

  if (!issue.intro.trim()) warning('The issue has no intro.');
  for (const p of commentaryProblems(issue.intro, 'intro')) error(`The intro ${p}.`);
  if (!template.signOff.trim()) warning('The closing has no sign-off: add your name on the options page.');

  // Closing text without its heading is the template's error, reported above; the
  // markdown for Copy and Download leaves it out rather than fail.
  const writable = template.closingHeading.trim() ? template : { ...template, closingText: '', signOff: '' };
  const doc = normaliseIssueDocument(issueDocumentOf(issue, exported, writable));
  const clipOfItem = itemClips(issue, exported, doc);
  const structure = issueDocumentProblems(doc);
  for (const message of structure) {
    const item = [...clipOfItem].find(([prefix]) => message.startsWith(prefix));
    // A clip's own errors, and the template's, already say what these would.
    if (item ? flagged.has(item[1]) : templateFaults.length > 0) continue;
    error(item ? `${itemName(exported, item[1])}: ${message.slice(item[0].length).trim()}.` : `The issue’s ${message}.`, item?.[1]);
  }
  let markdown = '';
  try {
    markdown = renderIssue(doc);
    const back = parseIssue(markdown);
    // Structure errors say why a document would not read back; only an unexplained difference is reported.
    if (structure.length === 0 && !sameDocument(back, doc)) error(...roundTripError(back, doc, clipOfItem, exported));
  } catch (e) {
    error(`The issue cannot be written as markdown: ${e instanceof Error ? e.message : String(e)}`);
  }
  for (const finding of options.lint ?? []) warning(finding);
  const order: ProblemSeverity[] = ['error', 'warning', 'note'];
  const sorted = order.flatMap((severity) => problems.filter((p) => p.severity === severity));
  return { markdown, problems: sorted, canPublish: !sorted.some((p) => p.severity === 'error') };
}

/** `checkExport` with markdownlint run on the markdown, as the issue page shows it. */
export async function checkExportWithLint(
  issue: Issue,
  clipsInOrder: readonly Clip[],
  template: RoundupTemplate,
  options: Omit<ExportCheckOptions, 'lint'> = {},
  lint: (markdown: string) => Promise<string[]> = lintIssueMarkdown,
): Promise<ExportCheck> {
  const first = checkExport(issue, clipsInOrder, template, options);
  if (!first.markdown || issue.status === 'published') return first;
  return checkExport(issue, clipsInOrder, template, { ...options, lint: await lint(first.markdown) });
}

/** The line next to Copy and Download when the export has errors; null when it has none. */
export function exportErrorSummary(check: Pick<ExportCheck, 'problems'>): string | null {
  const errors = check.problems.filter((p) => p.severity === 'error').length;
  if (errors === 0) return null;
  return `${errors} ${errors === 1 ? 'error' : 'errors'} in this export: it would go out broken. Copy and Download still work; Publish waits until they are fixed.`;
}

/** Why Publish is refused, or null: an issue with errors cannot go out (issue #9). */
export function publishRefusal(check: Pick<ExportCheck, 'problems' | 'canPublish' | 'markdown'>): string | null {
  if (!check.markdown) return 'Publish is not possible: the issue cannot be written as markdown (see Errors under Export).';
  if (check.canPublish) return null;
  const errors = check.problems.filter((p) => p.severity === 'error').length;
  return `Publish waits until the ${errors === 1 ? 'error' : `${errors} errors`} under Export ${errors === 1 ? 'is' : 'are'} fixed.`;
}

function clipName(clip: Clip): string {
  return `“${clipTitle(clip)}” (${clip.section})`;
}

function itemName(clips: readonly Clip[], id: number | undefined): string {
  const clip = clips.find((c) => c.id === id);
  return clip ? clipName(clip) : 'An item';
}

/** One clip's own problems, and the clip as exported: unsafe links left out, or null to leave it out. */
function clipProblems(clip: Clip, briefSections: readonly string[], linkedBefore?: ReadonlyMap<number, string>): { found: IssueProblem[]; keep: Clip | null } {
  const found: IssueProblem[] = [];
  const at = clip.id === undefined ? {} : { clipId: clip.id };
  const name = clipName(clip);
  const bad = clip.links.map((link) => linkProblem(link.url));
  bad.forEach((reason, i) => {
    const which = clip.links.length > 1 ? ` (link ${i + 1})` : '';
    if (reason) found.push({ severity: 'error', message: `${name}${which}: ${reason} The link is left out of the export.`, ...at });
  });
  const what = clip.kind === 'link' ? 'commentary' : 'text';
  for (const p of commentaryProblems(clip.commentary)) found.push({ severity: 'error', message: `${name}: its ${what} ${p}.`, ...at });
  for (const p of commentaryLinkProblems(clip.commentary)) found.push({ severity: 'error', message: `${name}: its ${what} ${p}.`, ...at });
  const first = clip.links[0];
  if (clip.kind === 'brief' && first && !bad[0] && !briefHasLink(neutraliseCommentary(clip.commentary), first.url)) {
    found.push({ severity: 'error', message: `${name} is a brief without its link: put ${briefLink(first.title, first.url)} back in its text.`, ...at });
  }
  if (clip.kind === 'brief' && !briefSections.includes(clip.section)) {
    found.push({ severity: 'warning', message: `${name} is a brief in a section of link items: move it to a brief section or make it a link item.`, ...at });
  }
  const where = clip.id === undefined ? undefined : linkedBefore?.get(clip.id);
  if (where) found.push({ severity: 'warning', message: `${name} was linked before, in ${where}.`, ...at });
  if (!bad.some(Boolean)) return { found, keep: clip };
  const links = clip.links.filter((_, i) => !bad[i]);
  return { found, keep: clip.kind === 'link' && links.length === 0 ? null : { ...clip, links } };
}

/** `item N of "Section"` (as `issueDocumentProblems` words it) → the clip that became that item. */
function itemClips(issue: Issue, clips: readonly Clip[], doc: IssueDocument): Map<string, number | undefined> {
  const map = new Map<string, number | undefined>();
  const names = [...new Set([...issue.sectionOrder, ...clips.map((c) => c.section)])];
  for (const name of names) {
    const section = doc.sections.find((s) => s.name === oneLine(name));
    if (!section) continue;
    const ids = clips.filter((c) => c.section === name && itemOf(c) !== null).map((c) => c.id);
    for (const [i, id] of ids.entries()) map.set(`item ${i + 1} of "${section.name}"`, id);
  }
  return map;
}

function roundTripError(back: IssueDocument, doc: IssueDocument, clipOfItem: Map<string, number | undefined>, clips: readonly Clip[]): [string, number?] {
  for (const [s, section] of doc.sections.entries()) {
    const other = back.sections[s];
    for (const [i, item] of section.items.entries()) {
      if (!other || !sameDocument(other.items[i], item)) {
        const id = clipOfItem.get(`item ${i + 1} of "${section.name}"`);
        return [`${itemName(clips, id)} does not read back as written from the exported markdown: the issue would go out changed.`, id];
      }
    }
  }
  return ['The exported markdown does not read back as this issue (intro, sections, closing or About would change).'];
}
