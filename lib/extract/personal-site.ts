// A site named after its author ("Daniel Lemire's blog" by Daniel Lemire) is a
// personal site: the attribution names the person once, with no publication.
// Shared by the extractor (which then leaves the source empty) and by
// proposeAttribution (for sources the editor typed or older clips kept).

import { compactKey } from './text';

const PERSONAL_SUFFIX = /^s?(?:blog|weblog|site|website|homepage|journal|notes|notizen|diary|tagebuch|page|seite)$/;

/** True when `source` is `author`'s name, or it plus "'s blog", "Homepage" and the like. */
export function isNamedAfter(source: string, author: string): boolean {
  const sourceKey = compactKey(source);
  const authorKey = compactKey(author);
  if (!authorKey || !sourceKey.startsWith(authorKey)) return false;
  const rest = sourceKey.slice(authorKey.length);
  return rest === '' || (authorKey.length >= 5 && PERSONAL_SUFFIX.test(rest));
}
