import type { IssueItem } from './issue-document';
import { type Block, gluedToPrevious, sourceOf } from './markdown-blocks';
import { type readHeader, readHeaderBlock } from './read-header-lines';

/**
 * The items of a section body. Separators (any thematic break: old issues are
 * not always `----------`) cut the body into groups; within a group every
 * header paragraph (`readHeaderParagraph`) starts a link item whose commentary
 * runs to the next one. Blocks before the first header paragraph of a group are
 * a run of briefs when they are all paragraphs, one each, and one note otherwise.
 *
 * A header paragraph inside a group only starts an item when the section has
 * no separators at all (issue #2 wrote none); right after another header
 * paragraph it adds grouped links (a blank line instead of `<br>`); elsewhere
 * it is commentary that happens to start with a link.
 *
 * Each item says `separator: false` or `true` where the source differs from the
 * format's rule (see `ItemExtras`), so old sections come back as written.
 */
export function readSectionItems(body: string, blocks: readonly Block[], keepOriginal = false): IssueItem[] {
  const groups = separatedGroups(body, blocks);
  const splitAnywhere = groups.length === 1 && !groups[0]?.separated;
  const items: { item: IssueItem; separated: boolean }[] = [];
  for (const { blocks: group, separated } of groups) {
    const read = groupItems(body, group, splitAnywhere);
    read.forEach(({ item, source, first }, i) => {
      if (keepOriginal) item.original = source;
      if (gluedToPrevious(body, first)) item.glued = true;
      items.push({ item, separated: separated && i === read.length - 1 });
    });
  }
  return items.map(({ item, separated }, i) => {
    const next = items[i + 1]?.item;
    const byRule = item.kind !== 'brief' || next?.kind !== 'brief';
    return separated === byRule ? item : { ...item, separator: separated };
  });
}

function groupItems(body: string, group: readonly Block[], splitAnywhere: boolean): { item: IssueItem; source: string; first: Block }[] {
  const items: { item: IssueItem; source: string; first: Block }[] = [];
  let lead: Block[] = [];
  let header: (NonNullable<ReturnType<typeof readHeader>> & { blocks: Block[] }) | null = null;
  const flush = () => {
    if (header) {
      const [first, ...rest] = header.blocks;
      const source = sourceOf(body, header.blocks);
      // Commentary that starts inside the header's paragraph runs from there.
      const end = (rest[rest.length - 1] ?? first)?.end ?? 0;
      const lastLink = header.links[header.links.length - 1];
      // A list right under the header lines (no blank line) is commentary that
      // kramdown, too, shows glued: the line end keeps it there.
      if (first && rest[0] && lastLink && header.commentaryStart === undefined && gluedToPrevious(body, rest[0])) {
        lastLink.form = { ...lastLink.form, lineEnd: body.slice(first.end, rest[0].start) };
      }
      const commentary = header.commentaryStart === undefined ? sourceOf(body, rest) : body.slice(header.commentaryStart, end);
      if (first) items.push({ item: { kind: 'link', links: header.links, commentary }, source, first });
    } else if (lead.length > 0) {
      if (lead.every((block) => block.type === 'paragraph')) {
        for (const block of lead) {
          const text = sourceOf(body, [block]);
          items.push({ item: { kind: 'brief', text }, source: text, first: block });
        }
      } else if (lead[0]) items.push({ item: { kind: 'note', text: sourceOf(body, lead) }, source: sourceOf(body, lead), first: lead[0] });
    }
    header = null;
    lead = [];
  };
  group.forEach((block, i) => {
    const lastLink = header?.links[header.links.length - 1];
    const afterHeader = header && lastLink && header.blocks.length === 1 && header.commentaryStart === undefined;
    // Only read where a header matters: reading one parses the paragraph's inline content.
    const read = afterHeader || i === 0 || splitAnywhere ? readHeaderBlock(block, body) : null;
    const startsItem = read && (i === 0 || splitAnywhere);
    if (read && header && lastLink && afterHeader) {
      // Header paragraphs one after another: grouped links whose `<br>` was
      // a blank line (old issues). The blank line is the line end.
      const previous = header.blocks[0];
      lastLink.form = { ...lastLink.form, lineEnd: body.slice(previous?.end ?? 0, block.start) };
      header.links.push(...read.links);
      header.blocks = [{ ...block, start: previous?.start ?? block.start }];
      if (read.commentaryStart !== undefined) header.commentaryStart = read.commentaryStart;
    } else if (read && startsItem) {
      flush();
      header = { ...read, blocks: [block] };
    } else if (header) header.blocks.push(block);
    else lead.push(block);
  });
  flush();
  return items;
}

interface Group {
  blocks: Block[];
  /** Whether a separator ends the group (a section's last group may lack one). */
  separated: boolean;
}

/**
 * The groups between separators. A dash line glued to a list or a quote (no
 * blank line before it) is not a separator: kramdown, the archive's renderer,
 * reads it as a heading underline inside the list item, so it stays content.
 */
function separatedGroups(body: string, blocks: readonly Block[]): Group[] {
  const groups: Group[] = [{ blocks: [], separated: false }];
  blocks.forEach((block, i) => {
    const current = groups[groups.length - 1];
    if (!current) return;
    const previous = blocks[i - 1];
    const glued = previous && /^(?:list|blockquote)$/.test(previous.type) && !body.slice(previous.end, block.start).includes('\n\n');
    if (block.type === 'thematicBreak' && !glued) {
      current.separated = true;
      groups.push({ blocks: [], separated: false });
    } else current.blocks.push(block);
  });
  const last = groups[groups.length - 1];
  if (last && last.blocks.length === 0 && groups.length > 1) groups.pop();
  return groups;
}
