/**
 * One issue of the newsletter as the exported markdown sees it (format doc,
 * `shared/docs/roundup-format.md`). A plain serialisable value: no class, no
 * Date, no undefined except the optional `heroImg`. `renderIssue` writes it,
 * `parseIssue` reads it back; `issueDocumentProblems` says what "valid" means,
 * and for every valid document `parseIssue(renderIssue(doc))` deep-equals it.
 *
 * Text fields come in three flavours:
 * - plain text (link titles, headings): what readers see; the renderer escapes it;
 * - inline markdown (attributions): the editor's source, written verbatim, so
 *   `Seskir *et al*., SPIE` keeps its emphasis;
 * - block markdown (intro, commentary, notes, briefs, bodies): the editor's
 *   source, written verbatim between blank lines.
 */
export interface IssueDocument {
  /** The Jekyll front matter, or null for an issue exported without it. */
  frontMatter: FrontMatter | null;
  /**
   * Lines between the front matter and the intro, written as one block:
   * single-line HTML comments such as `<!-- markdownlint-disable MD033 -->`.
   */
  preamble: string[];
  /** The editor's opening ("Hi! … on to the roundup!"); may be empty. */
  intro: string;
  /** Non-empty sections in the issue's order. */
  sections: IssueSection[];
  /** `## That’s it…` and its text. A heading of '' means the issue has none. */
  closing: { heading: string; body: string };
  /** Blocks after the closing (About This Newsletter, the email's Jobs…). */
  trailingBlocks: TrailingBlock[];
}

export interface FrontMatter {
  /** "#131 - 22 Jul 2022"; written as a double-quoted YAML string. */
  title: string;
  /** Topic labels joined with "; "; written as a double-quoted YAML string. */
  subtitle: string;
  /** ISO date, YYYY-MM-DD; written unquoted. */
  date: string;
  /** The Jekyll layout name ("email"); written unquoted. */
  layout: string;
  /** `hero-img`: an image URL; absent when the issue has none. */
  heroImg?: string;
  /**
   * Any other keys of a hand-written front matter, in their order, each with
   * its value as raw YAML (what follows `key:`, first-line spaces dropped, so a
   * block list keeps its newline: `["tags", "\n  - a\n  - b"]`). Written after
   * the known keys.
   */
  extra: [key: string, yaml: string][];
}

export interface IssueSection {
  /** Plain text, written as `## <name>`. */
  name: string;
  items: IssueItem[];
}

export type IssueItem = LinkItem | NoteItem | BriefItem;

/** Header lines (one per link, `<br/>`-joined), commentary, separator. */
export interface LinkItem {
  kind: 'link';
  links: IssueLink[];
  /** Block markdown after the header lines; may be empty. */
  commentary: string;
}

export interface IssueLink {
  /** Plain link text, as readers see it. */
  title: string;
  /** http(s) or mailto URL, in the form it is written (see `linkDestination`). */
  url: string;
  /** Inline markdown after ` - `; '' writes no ` - `. */
  attribution: string;
}

/** Free-form block markdown with no header line, followed by a separator. */
export interface NoteItem {
  kind: 'note';
  text: string;
}

/** One paragraph; a run of consecutive briefs shares one separator. */
export interface BriefItem {
  kind: 'brief';
  text: string;
}

export interface TrailingBlock {
  /** Plain text of the heading. */
  heading: string;
  /** ATX heading level, 1–6 (About is 3, the email's Jobs is 2). */
  level: number;
  /** Block markdown; may be empty. */
  body: string;
}
