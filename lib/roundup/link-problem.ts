/**
 * Why a link cannot go into the issue, in the editor's words, or null when it
 * can. The one rule for the popup's Link field, the queue and the export, so a
 * link the export would refuse is refused where it is typed (issue #9):
 * http(s) with a site, or mailto with an address; no whitespace anywhere (a
 * pasted address with a space in it is almost always two things run together).
 */
export function linkProblem(url: string): string | null {
  const text = url.trim();
  if (!text) return 'The link is empty.';
  if (/\s/.test(text)) return 'The link has a space in it: copy it again from the address bar (a space in a path is written %20).';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  if (scheme === 'mailto') {
    const address = text.slice('mailto:'.length).split('?')[0] ?? '';
    return /^[^@/]+@[^@/]+$/.test(decodeSafely(address)) ? null : 'A mailto: link needs an address, like mailto:editor@example.com.';
  }
  if (scheme !== 'http' && scheme !== 'https') {
    return scheme
      ? `Links starting with ${scheme}: cannot go in the issue: only https://, http:// and mailto: links can.`
      : 'The link must start with https://, http:// or mailto:.';
  }
  if (!/^https?:\/\/[^/?#@]/i.test(text)) return `The link needs a site after ${scheme}://.`;
  try {
    const parsed = new URL(text);
    return parsed.hostname ? null : `The link needs a site after ${scheme}://.`;
  } catch {
    return 'The site in this link is not a valid address.';
  }
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
