// A site whose metadata names it only by its host ("jungle.world", "handelsblatt.com") is
// cited the way its own pages spell that name ("Jungle World", "Handelsblatt"): issue #12
// lists bare host names as a source readers never use.

import { hostLabel } from './host';
import { compactKey } from './text';

/** "Siegessäule" spells the host "siegessaeule": umlauts as a host writes them. */
function hostFold(text: string): string {
  return compactKey(text.replace(/ä/gi, 'ae').replace(/ö/gi, 'oe').replace(/ü/gi, 'ue').replace(/ß/g, 'ss'));
}

/** True for a source that is only the host written out: "tennisnet.com", "www.mz.de", "fluter". */
export function isHostSpelling(name: string, host: string): boolean {
  const label = hostLabel(host).replace(/[^a-z0-9]/g, '');
  if (/\s/.test(name) || !label) return false;
  const bare = name.replace(/^www\./i, '').replace(/\.[a-z]{2,6}$/i, '');
  return hostFold(bare) === label && (bare !== name || name === name.toLowerCase());
}

/**
 * The most frequent run of up to four words in the page text that spells the host's name
 * ("The Nervous Breakdown" for thenervousbreakdown.com); null when the page writes its
 * name as the host ("nachtkritik.de") at least as often, or not at all.
 */
export function spelledHostName(text: string, host: string): string | null {
  const label = hostLabel(host).replace(/[^a-z0-9]/g, '');
  if (label.length < 4) return null;
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  const counts = new Map<string, number>();
  let asHost = 0;
  for (let i = 0; i < words.length; i++) {
    let key = '';
    for (let n = 0; n < 4 && i + n < words.length; n++) {
      const word = words[i + n] ?? '';
      if (!word) break;
      // A written host ("jungle.world") counts against the spelled name.
      if (n === 0 && /\.[a-z]{2,6}$/i.test(word) && isHostSpelling(word, host)) {
        asHost++;
        break;
      }
      key += hostFold(word);
      if (!label.startsWith(key)) break;
      if (key === label) {
        const form = words.slice(i, i + n + 1).join(' ');
        if (!form.includes('.')) counts.set(form, (counts.get(form) ?? 0) + 1);
        break;
      }
    }
  }
  let best: string | null = null;
  let bestScore = 0;
  let total = 0;
  for (const [form, count] of counts) {
    total += count;
    // Words and mixed case read better than "jungleworld" or a logo's "THE NERVOUS BREAKDOWN".
    const shouted = form === form.toUpperCase() && form.length > 4;
    const score = count * (shouted ? 0.5 : 1) + (/\s/.test(form) ? 0.2 : 0) + (/\p{Lu}/u.test(form) ? 0.1 : 0);
    if (score > bestScore) [best, bestScore] = [form, score];
  }
  return best && total > asHost ? best : null;
}
