import type { Clip, ClipEdit, ClipKind } from '../model/clip';
import { briefStarter } from '../roundup/brief-starter';

/**
 * Converting keeps the links (so it can be converted back) and rewrites only
 * the text: a brief or note must carry its link inline, so `[Title](url).`
 * is put in front unless the text already links to the page; converting back
 * to a link item takes that starter off again.
 */
export function convertKind(clip: Pick<Clip, 'kind' | 'links' | 'commentary'>, kind: ClipKind): ClipEdit {
  if (kind === clip.kind) return {};
  const first = clip.links[0];
  const starter = first ? briefStarter(first.title, first.url) : '';
  const text = clip.commentary.trim();
  if (kind === 'link') {
    const rest = starter && text.startsWith(starter) ? text.slice(starter.length).trim() : text;
    return { kind, commentary: rest };
  }
  if (!first || (clip.kind !== 'link' && text.includes(first.url))) return { kind };
  if (text.includes(`](${first.url})`)) return { kind };
  return { kind, commentary: text ? `${starter} ${text}` : starter };
}
