/** An http(s) URL as markdown writes it: in `](…)`, in `<…>`, in a reference definition or bare. */
const URL_IN_TEXT = /https?:\/\/[^\s<>()"'`\]]+(?:\([^\s<>()"'`]*\)[^\s<>()"'`\]]*)*/g;

/**
 * The web links written in a block of markdown (commentary, a note, a brief).
 * Found textually, not by a markdown parser: the duplicate index only needs
 * the addresses, and a wiki URL with parentheses keeps them. Trailing
 * punctuation that ends a sentence is not part of the address.
 */
export function linksInText(markdown: string): string[] {
  const found = markdown.match(URL_IN_TEXT) ?? [];
  return [...new Set(found.map((url) => url.replace(/[.,;:!?*_]+$/, '')))];
}
