/**
 * Where the top-level blocks of a markdown text lie, by CommonMark's block
 * rules, without parsing any inline content.
 *
 * Reading the archive's 94 issues with micromark took seconds, nearly all of
 * it tokenising inline text no reader of an issue's layout needs. This is the
 * block-structure half of CommonMark's reference parser (commonmark.js,
 * `blocks.js`): containers (block quotes, list items) and leaves (paragraphs,
 * headings, code, HTML, thematic breaks), line by line. It keeps no content:
 * only each top-level block's mdast type, heading depth and source range,
 * which match micromark's (`markdown-blocks.ts` parses a block's inline
 * content on demand, and falls back to micromark for texts with link
 * reference definitions, which this outline does not resolve).
 */

export type OutlineType = 'paragraph' | 'heading' | 'thematicBreak' | 'blockquote' | 'list' | 'code' | 'html';

export interface OutlineBlock {
  type: OutlineType;
  /** The heading level, for headings. */
  depth?: number;
  start: number;
  end: number;
}

type NodeType = 'document' | 'list' | 'blockquote' | 'item' | 'heading' | 'thematicBreak' | 'code' | 'html' | 'paragraph';

interface ListData {
  bullet: string | null;
  delimiter: string | null;
  markerOffset: number;
  padding: number;
  /** Where the marker stands in its line. */
  markerStart: number;
}

interface OutlineNode {
  type: NodeType;
  parent: OutlineNode | null;
  lastChild: OutlineNode | null;
  open: boolean;
  list?: ListData;
  fence?: { char: string; length: number; offset: number };
  htmlType?: number;
  /** Top-level blocks only: where the source starts and ends. */
  start: number;
  end: number;
  depth?: number;
}

const CODE_INDENT = 4;
const TAG_NAME = '[A-Za-z][A-Za-z0-9-]*';
const ATTRIBUTE = `(?:\\s+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:\\s*=\\s*(?:[^"'=<>\`\\x00-\\x20]+|'[^']*'|"[^"]*"))?)`;
const HTML_BLOCK_OPEN = [
  /^<(?:script|pre|textarea|style)(?:\s|>|$)/i,
  /^<!--/,
  /^<[?]/,
  /^<![A-Za-z]/,
  /^<!\[CDATA\[/,
  /^<[/]?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[123456]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:\s|[/]?[>]|$)/i,
  new RegExp(`^(?:<${TAG_NAME}${ATTRIBUTE}*\\s*/?>|</${TAG_NAME}\\s*[>])\\s*$`, 'i'),
];
const HTML_BLOCK_CLOSE = [/<\/(?:script|pre|textarea|style)>/i, /-->/, /\?>/, />/, /\]\]>/];
const THEMATIC_BREAK = /^(?:\*[ \t]*){3,}$|^(?:_[ \t]*){3,}$|^(?:-[ \t]*){3,}$/;
const MAYBE_SPECIAL = /^[#`~*+_=<>0-9-]/;
const BULLET = /^[*+-]/;
const ORDERED = /^(\d{1,9})([.)])/;
const ATX_HEADING = /^#{1,6}(?:[ \t]+|$)/;
const CODE_FENCE = /^`{3,}(?!.*`)|^~{3,}/;
const CLOSING_FENCE = /^(?:`{3,}|~{3,})(?=[ \t]*$)/;
const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;
const NON_SPACE = /[^ \t\f\v\r\n]/;

const acceptsLines = (type: NodeType) => type === 'paragraph' || type === 'code' || type === 'html';
const canContain = (parent: NodeType, child: NodeType) =>
  parent === 'list' ? child === 'item' : parent === 'document' || parent === 'blockquote' || parent === 'item' ? child !== 'item' : false;

/** The top-level blocks of `markdown` (line endings `\n`), in order. */
export function outlineBlocks(markdown: string): OutlineBlock[] {
  return new Outliner(markdown).run();
}

class Outliner {
  private readonly doc: OutlineNode = node('document', null, 0);
  private tip: OutlineNode = this.doc;
  private oldTip: OutlineNode = this.doc;
  private lastMatched: OutlineNode = this.doc;
  private allClosed = true;
  private line = '';
  private lineStart = 0;
  private offset = 0;
  private column = 0;
  private nextNonspace = 0;
  private nextNonspaceColumn = 0;
  private indent = 0;
  private indented = false;
  private blank = false;
  private readonly blocks: OutlineNode[] = [];

  constructor(private readonly markdown: string) {}

  run(): OutlineBlock[] {
    const lines = this.markdown.split('\n');
    if (this.markdown.endsWith('\n')) lines.pop();
    let at = 0;
    for (const line of lines) {
      this.lineStart = at;
      this.incorporate(line);
      // Every non-blank line belongs to the newest top-level block.

      const top = this.doc.lastChild;
      if (top && NON_SPACE.test(line)) top.end = at + line.length;
      at += line.length + 1;
    }
    while (this.tip !== this.doc) this.finalize(this.tip);
    return this.blocks.map((b) => ({
      type: b.type as OutlineType,
      ...(b.depth !== undefined ? { depth: b.depth } : {}),
      start: b.start,
      end: b.end,
    }));
  }

  private incorporate(line: string): void {
    let container = this.doc;
    this.oldTip = this.tip;
    this.offset = 0;
    this.column = 0;
    this.blank = false;
    this.line = line;
    for (let last = container.lastChild; last?.open; last = container.lastChild) {
      container = last;
      this.findNextNonspace();
      const matched = this.continues(container);
      if (matched === 'closed') return;
      if (!matched) {
        container = container.parent ?? this.doc;
        break;
      }
    }
    this.allClosed = container === this.oldTip;
    this.lastMatched = container;
    let matchedLeaf = container.type !== 'paragraph' && acceptsLines(container.type);
    while (!matchedLeaf) {
      this.findNextNonspace();
      if (!this.indented && !MAYBE_SPECIAL.test(line.slice(this.nextNonspace))) {
        this.advanceNextNonspace();
        break;
      }
      const started = this.blockStart(container);
      if (started === 'none') {
        this.advanceNextNonspace();
        break;
      }
      container = this.tip;
      if (started === 'leaf') matchedLeaf = true;
    }
    if (!this.allClosed && !this.blank && this.tip.type === 'paragraph') return; // a lazy continuation line
    this.closeUnmatched();
    if (acceptsLines(container.type)) {
      const type = container.htmlType;
      if (container.type === 'html' && type !== undefined && type <= 5 && HTML_BLOCK_CLOSE[type - 1]?.test(line.slice(this.offset))) {
        this.finalize(container);
      }
    } else if (this.offset < line.length && !this.blank) {
      this.addChild('paragraph', this.nextNonspace);
      this.advanceNextNonspace();
    }
  }

  /** Whether an open block goes on through this line; 'closed' when the line closed it (a closing fence). */
  private continues(container: OutlineNode): boolean | 'closed' {
    const line = this.line;
    switch (container.type) {
      case 'blockquote':
        if (this.indented || line.charAt(this.nextNonspace) !== '>') return false;
        this.advanceNextNonspace();
        this.advanceOffset(1, false);
        if (isSpaceOrTab(line.charAt(this.offset))) this.advanceOffset(1, true);
        return true;
      case 'item': {
        const list = container.list as ListData;
        if (this.blank) {
          if (!container.lastChild) return false;
          this.advanceNextNonspace();
        } else if (this.indent >= list.markerOffset + list.padding) this.advanceOffset(list.markerOffset + list.padding, true);
        else return false;
        return true;
      }
      case 'code': {
        const fence = container.fence;
        if (fence) {
          const closing = this.indent <= 3 && line.charAt(this.nextNonspace) === fence.char ? CLOSING_FENCE.exec(line.slice(this.nextNonspace)) : null;
          if (closing && closing[0].length >= fence.length) {
            this.finalize(container);
            return 'closed';
          }
          for (let i = fence.offset; i > 0 && isSpaceOrTab(line.charAt(this.offset)); i--) this.advanceOffset(1, true);
          return true;
        }
        if (this.indent >= CODE_INDENT) this.advanceOffset(CODE_INDENT, true);
        else if (this.blank) this.advanceNextNonspace();
        else return false;
        return true;
      }
      case 'html':
        return !(this.blank && (container.htmlType === 6 || container.htmlType === 7));
      case 'paragraph':
        return !this.blank;
      case 'heading':
      case 'thematicBreak':
        return false;
      default:
        return true;
    }
  }

  /** Tries each block start at the cursor: 'container' (look for more), 'leaf' (the line is taken) or 'none'. */
  private blockStart(container: OutlineNode): 'container' | 'leaf' | 'none' {
    const line = this.line;
    const rest = line.slice(this.nextNonspace);
    if (!this.indented) {
      if (rest.charAt(0) === '>') {
        this.advanceNextNonspace();
        this.advanceOffset(1, false);
        if (isSpaceOrTab(line.charAt(this.offset))) this.advanceOffset(1, true);
        this.closeUnmatched();
        this.addChild('blockquote', this.nextNonspace);
        return 'container';
      }
      const atx = ATX_HEADING.exec(rest);
      if (atx) {
        this.advanceNextNonspace();
        this.closeUnmatched();
        this.addChild('heading', this.nextNonspace).depth = atx[0].trim().length;
        this.offset = line.length;
        return 'leaf';
      }
      const fence = CODE_FENCE.exec(rest);
      if (fence) {
        this.closeUnmatched();
        const code = this.addChild('code', this.nextNonspace);
        code.fence = { char: fence[0].charAt(0), length: fence[0].length, offset: this.indent };
        this.advanceNextNonspace();
        this.advanceOffset(fence[0].length, false);
        return 'leaf';
      }
      if (rest.charAt(0) === '<') {
        const lazyParagraph = !this.allClosed && !this.blank && this.tip.type === 'paragraph';
        const type = HTML_BLOCK_OPEN.findIndex((open, i) => open.test(rest) && (i < 6 || (container.type !== 'paragraph' && !lazyParagraph))) + 1;
        if (type > 0) {
          this.closeUnmatched();
          // An HTML block starts at its line's first character, indentation and all.
          this.addChild('html', this.offset).htmlType = type;
          return 'leaf';
        }
      }
      if (container.type === 'paragraph') {
        const underline = SETEXT_UNDERLINE.exec(rest);
        if (underline) {
          this.closeUnmatched();
          container.type = 'heading';
          container.depth = underline[0].charAt(0) === '=' ? 1 : 2;
          this.offset = line.length;
          return 'leaf';
        }
      }
      if (THEMATIC_BREAK.test(rest)) {
        this.closeUnmatched();
        this.addChild('thematicBreak', this.nextNonspace);
        this.offset = line.length;
        return 'leaf';
      }
    }
    if (!this.indented || container.type === 'list') {
      const data = this.listMarker(container);
      if (data) {
        this.closeUnmatched();
        const tipList = this.tip.type === 'list' ? this.tip.list : undefined;
        if (!tipList || tipList.bullet !== data.bullet || tipList.delimiter !== data.delimiter) {
          this.addChild('list', data.markerStart).list = data;
        }
        this.addChild('item', data.markerStart).list = data;
        return 'container';
      }
    }
    if (this.indented && this.tip.type !== 'paragraph' && !this.blank) {
      // An indented code block starts at its line's first character, indentation and all.
      const start = this.offset;
      this.advanceOffset(CODE_INDENT, true);
      this.closeUnmatched();
      this.addChild('code', start);
      return 'leaf';
    }
    return 'none';
  }

  private listMarker(container: OutlineNode): ListData | null {
    const line = this.line;
    const rest = line.slice(this.nextNonspace);
    if (this.indent >= 4) return null;
    let match: RegExpExecArray | null = BULLET.exec(rest);
    let bullet: string | null = null;
    let delimiter: string | null = null;
    if (match) bullet = match[0];
    else {
      match = ORDERED.exec(rest);
      if (!match || (container.type === 'paragraph' && Number(match[1]) !== 1)) return null;
      delimiter = match[2] ?? null;
    }
    const after = line.charAt(this.nextNonspace + match[0].length);
    if (!(after === '' || after === '\t' || after === ' ')) return null;
    if (container.type === 'paragraph' && !NON_SPACE.test(line.slice(this.nextNonspace + match[0].length))) return null;
    const markerOffset = this.indent;
    const markerStart = this.nextNonspace;
    this.advanceNextNonspace();
    this.advanceOffset(match[0].length, true);
    const spacesStartColumn = this.column;
    const spacesStartOffset = this.offset;
    do this.advanceOffset(1, true);
    while (this.column - spacesStartColumn < 5 && isSpaceOrTab(line.charAt(this.offset)));
    const blankItem = this.offset >= line.length;
    const spaces = this.column - spacesStartColumn;
    let padding: number;
    if (spaces >= 5 || spaces < 1 || blankItem) {
      padding = match[0].length + 1;
      this.column = spacesStartColumn;
      this.offset = spacesStartOffset;
      if (isSpaceOrTab(line.charAt(this.offset))) this.advanceOffset(1, true);
    } else padding = match[0].length + spaces;
    return { bullet, delimiter, markerOffset, padding, markerStart };
  }

  private closeUnmatched(): void {
    if (this.allClosed) return;
    while (this.oldTip !== this.lastMatched) {
      const parent = this.oldTip.parent ?? this.doc;
      this.finalize(this.oldTip);
      this.oldTip = parent;
    }
    this.allClosed = true;
  }

  private addChild(type: NodeType, offsetInLine: number): OutlineNode {
    while (!canContain(this.tip.type, type)) this.finalize(this.tip);
    const child = node(type, this.tip, this.lineStart + offsetInLine);
    this.tip.lastChild = child;
    if (child.parent === this.doc) this.blocks.push(child);
    this.tip = child;
    return child;
  }

  private finalize(block: OutlineNode): void {
    block.open = false;
    this.tip = block.parent ?? this.doc;
  }

  private findNextNonspace(): void {
    const line = this.line;
    let i = this.offset;
    let columns = this.column;
    let c = line.charAt(i);
    while (c === ' ' || c === '\t') {
      columns += c === ' ' ? 1 : 4 - (columns % 4);
      c = line.charAt(++i);
    }
    this.blank = c === '' || c === '\n' || c === '\r';
    this.nextNonspace = i;
    this.nextNonspaceColumn = columns;
    this.indent = columns - this.column;
    this.indented = this.indent >= CODE_INDENT;
  }

  private advanceNextNonspace(): void {
    this.offset = this.nextNonspace;
    this.column = this.nextNonspaceColumn;
  }

  private advanceOffset(count: number, columns: boolean): void {
    const line = this.line;
    for (let c = line.charAt(this.offset); count > 0 && c !== ''; c = line.charAt(this.offset)) {
      if (c === '\t') {
        const toTab = 4 - (this.column % 4);
        if (columns) {
          const partial = toTab > count;
          const advance = partial ? count : toTab;
          this.column += advance;
          if (!partial) this.offset++;
          count -= advance;
        } else {
          this.column += toTab;
          this.offset++;
          count--;
        }
      } else {
        this.offset++;
        this.column++;
        count--;
      }
    }
  }
}

function node(type: NodeType, parent: OutlineNode | null, start: number): OutlineNode {
  return { type, parent, lastChild: null, open: true, start, end: start };
}

function isSpaceOrTab(c: string): boolean {
  return c === ' ' || c === '\t';
}
