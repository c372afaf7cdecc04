import type { ClipLink } from '../model/clip';
import type { IssueDocument, IssueItem } from '../roundup/issue-document';

/** What "Amend issue" may change in an archived item: its text and its header links. */
export interface ItemAmendment {
  commentary?: string;
  links?: Pick<ClipLink, 'title' | 'url' | 'attribution'>[];
}

/**
 * The document with one item amended. The whole-file copy goes, and so does
 * this item's own copy, so the export writes this item from its fields and
 * every other item, heading and block exactly as imported.
 */
export function amendedDocument(doc: IssueDocument, place: { section: number; item: number }, amendment: ItemAmendment): IssueDocument {
  const { original: _, ...rest } = doc;
  return {
    ...rest,
    sections: doc.sections.map((section, s) =>
      s === place.section ? { ...section, items: section.items.map((item, i) => (i === place.item ? amendedItem(item, amendment) : item)) } : section,
    ),
  };
}

function amendedItem(item: IssueItem, amendment: ItemAmendment): IssueItem {
  const { original: _, ...rest } = item;
  if (rest.kind !== 'link') return { ...rest, text: amendment.commentary ?? rest.text };
  const links = amendment.links
    ? amendment.links.map((l, i) => {
        // A header variant (`**[Title](url)**`, `, Author`) stays while the link is the same one.
        const form = rest.links[i]?.url === l.url ? rest.links[i]?.form : undefined;
        return { title: l.title, url: l.url, attribution: l.attribution, ...(form ? { form } : {}) };
      })
    : rest.links;
  return { ...rest, links, commentary: amendment.commentary ?? rest.commentary };
}
