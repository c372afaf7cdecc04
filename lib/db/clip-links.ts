import type { ClipLink } from '../model/clip';
import { urlKeysFor } from '../url/url-key';

/**
 * A clip's links with the `urlKeys` index entries made from them. Every verb
 * that writes `links` writes this pair, so `findDuplicates` finds exactly the
 * URLs a clip holds now: never one it dropped, always one it gained.
 */
export function linksWithKeys(links: ClipLink[]): { links: ClipLink[]; urlKeys: string[] } {
  return { links, urlKeys: urlKeysFor(links) };
}
