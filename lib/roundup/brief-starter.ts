import { escapeLinkDestination, escapeLinkText } from './escape-text';
import { oneLine } from './one-line';

/**
 * `[Title](url).`, the text a clip filed as a brief starts with (format doc,
 * section 2), written with the link-text and destination escapers so that a
 * page title full of markup still reads as one link to the page.
 */
export function briefStarter(title: string, url: string): string {
  return `${briefLink(title, url)}.`;
}

/** The `[Title](url)` part of the starter, the link the brief must keep. */
export function briefLink(title: string, url: string): string {
  return `[${briefLinkText(title, url)}](${escapeLinkDestination(url.trim())})`;
}

function briefLinkText(title: string, url: string): string {
  return escapeLinkText(oneLine(title) || oneLine(url));
}
