/**
 * The context-menu entries of issue #13: clip a link without opening it, and
 * quote a selection into the page's clip draft. The ids are what `onClicked` reports.
 */
export const MENU_ENTRIES = [
  { id: 'clip-link', title: 'Clip link to this issue', contexts: ['link'] },
  { id: 'quote-selection', title: 'Quote in commentary', contexts: ['selection'] },
] as const;

export type MenuEntryId = (typeof MENU_ENTRIES)[number]['id'];

/** The keyboard command (wxt.config.ts) that quotes the selection as the menu entry does. */
export const QUOTE_COMMAND = 'quote-selection';
