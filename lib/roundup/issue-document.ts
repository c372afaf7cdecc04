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
  /**
   * The markdown an imported issue was read from (`importIssue`). While it is
   * here, `renderIssue` writes it back byte for byte; whoever changes the
   * document drops it (then items that still carry their own `original` are
   * written from it, the rest from their fields).
   */
  original?: string;
  /**
   * A blank line before the final newline, as some old issues end; kramdown
   * shows it as one more newline in its HTML. Absent in house style.
   */
  blankLineAtEnd?: boolean;
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
  /**
   * `## That’s it…` and its text (in old issues also a bold "About" paragraph
   * and the separator before the Jobs block). A heading of '' means the issue
   * has none.
   */
  closing: { heading: string; body: string; written?: string; glued?: boolean };
  /** Blocks after the closing (About This Newsletter, the email's Jobs…). */
  trailingBlocks: TrailingBlock[];
}

export interface FrontMatter {
  /** "#131 - 22 Jul 2022"; written as a double-quoted YAML string. */
  title: string;
  /**
   * Topic labels joined with "; "; written as a double-quoted YAML string.
   * Absent when a hand-written front matter has no subtitle key (early issues).
   */
  subtitle?: string;
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
  /** The heading's inline markdown when it was not written as the escaped name; see `WrittenForm`. */
  written?: string;
  /** See `Glued`. */
  glued?: boolean;
  items: IssueItem[];
}

/**
 * `glued: true` on a heading or an item: an old issue wrote it on the line
 * right after the separator above it, with no blank line between. Every
 * parser reads the same blocks, but kramdown's HTML keeps the difference (one
 * newline fewer), and the archive test compares that HTML exactly.
 */
export type Glued = boolean;

/**
 * How an imported issue wrote a heading or link text that the house style
 * writes differently (`## "Are you _sure_…"`, `[**Title**](url)`). It is used
 * only while it still reads as the plain text beside it, so renaming a
 * section or retitling a link falls back to the house style by itself.
 */
export type WrittenForm = string;

/**
 * What every item may carry besides its content.
 * - `separator`: whether `----------` follows it. Absent means the format's
 *   rule (after every link and note item and after the last brief of a run);
 *   imported issues say `false` where an old issue has none (a last item, a
 *   section written without separators) and `true` after a brief that stood
 *   under its own separator.
 * - `original`: the item's markdown as imported (header lines to the end of
 *   its commentary, no separator). `renderIssue` writes it instead of the
 *   fields unless asked `fromStructure`; an "Amend issue" edit replaces the
 *   item without it, so only changed items are written anew.
 */
export interface ItemExtras {
  separator?: boolean;
  /** See `Glued`. */
  glued?: boolean;
  original?: string;
}

export type IssueItem = LinkItem | NoteItem | BriefItem;

/** Header lines (one per link, `<br/>`-joined), commentary, separator. */
export interface LinkItem extends ItemExtras {
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
  /** How an imported header line wrote this link, where old issues differ from house style. */
  form?: HeaderForm;
}

/**
 * The header-line variants of the archive (format doc, section 5), each field
 * absent when the line follows the house style. Read by `readHeaderLines`,
 * written by `renderHeaderLines`.
 */
export interface HeaderForm {
  /** A remark before the link on its line. */
  before?: string;
  /** The link text as inline markdown (`**Title**`); a `WrittenForm` of `title`. */
  text?: WrittenForm;
  /** The destination as written (`<…>`, a link title, entities); used while it reads as `url`. */
  destination?: string;
  /** `**[Title](url)**`: the whole link in bold. */
  strong?: boolean;
  /** What stands between link and attribution instead of ` - ` (`, `, ` — `, `)- `). */
  separator?: string;
  /** What ends the line before the next link instead of `<br/>\n` (`<br>\n`, two spaces, a bare newline). */
  lineEnd?: string;
}

/** Free-form block markdown with no header line, followed by a separator. */
export interface NoteItem extends ItemExtras {
  kind: 'note';
  text: string;
}

/** One paragraph; a run of consecutive briefs shares one separator. */
export interface BriefItem extends ItemExtras {
  kind: 'brief';
  text: string;
}

export interface TrailingBlock {
  /** Plain text of the heading. */
  heading: string;
  /** The heading's inline markdown, when not the escaped text (`WrittenForm`). */
  written?: string;
  /** See `Glued`. */
  glued?: boolean;
  /** ATX heading level, 1–6 (About is 3, the email's Jobs is 2). */
  level: number;
  /** Block markdown; may be empty. */
  body: string;
}
