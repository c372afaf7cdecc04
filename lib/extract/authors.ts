// Author strings come from bylines written for people, not machines: "By JANE DOE
// and Bo Chen, Staff Writers | Updated 3 May 2021 at 10:00 EDT". This turns any of
// them into a clean list of person names, the same way for every signal.

import {
  AUTHOR_LABEL,
  CJK_ROLE_TAIL,
  COMMENT_VERB,
  DATE_TAIL,
  LEADING_ABOUT,
  LEADING_BY,
  LEADING_PARTICLE_BY,
  LINK_TAIL,
  NON_NAMES,
  ROLE_WORDS,
  SIGNATURE_WORDS,
} from './byline-words';
import { collapseWhitespace, compactKey, decodeEntities } from './text';

// "Richard David Precht im Gespräch mit Karin Fischer": an interview names both people.
const SEPARATORS =
  /\s+(?:and|und|y|et|e|en|og|och|i|oraz|ve|и|in conversation with|im gespräch mit|en conversation avec|in gesprek met|en conversación con|in conversazione con)\s+|\s*(?:&|,|;|\||·|•|\/|\n|、|，)\s*|\s+[–—-]\s+/i;
const CREDIT =
  /\b(?:photo(?:graph)?s?|images?|illustrations?|credits?|getty|shutterstock|video|graphics?|foto(?:s|grafie)?|bild(?:er)?)\b|\s(?:at|using|for|is|was|has)\s/i;

/** "Doe, Jane" → "Jane Doe", the Highwire and Dublin Core order. */
export function reorderLastFirst(name: string): string {
  const match = /^([^,]+),\s*([^,]+)$/.exec(name.trim());
  return match?.[1] && match[2] ? `${match[2].trim()} ${match[1].trim()}` : name;
}

/** Re-cases an ALL-CAPS name ("KATE DAVIDSON" → "Kate Davidson"); keeps vowel-less acronyms ("TMZ"). */
export function recaseName(name: string): string {
  if (!/\p{Lu}/u.test(name) || /\p{Ll}/u.test(name) || !name.includes(' ')) return name;
  return name
    .replace(/\p{L}+/gu, (word) => (word.length <= 3 && !/[AEIOUYÀ-ÖØ-Ý]/i.test(word) ? word : word[0] + word.slice(1).toLowerCase()))
    .replace(/\b(Mc|O')(\p{Ll})/gu, (_, prefix: string, letter: string) => prefix + letter.toUpperCase());
}

function isRole(part: string): boolean {
  const words = part
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => ROLE_WORDS.has(w));
}

/** Drops trailing role and share-button words: "Sam Stein Senior Politics Editor" → "Sam Stein". */
function stripTrailingRoles(part: string): string {
  const words = part.split(' ');
  while (words.length > 2) {
    const last = (words[words.length - 1] ?? '').toLowerCase();
    if (!ROLE_WORDS.has(last) || SIGNATURE_WORDS.has(last)) break;
    words.pop();
  }
  return words.join(' ');
}

function cleanPart(raw: string): string | null {
  if (CREDIT.test(raw)) return null;
  let part = raw
    .replace(/\S+@\S+\.\S+/g, ' ')
    .replace(/https?:\/\/\S+|www\.\S+/gi, ' ')
    .replace(/(^|\s)@\w+/g, ' ');
  part = collapseWhitespace(part);
  if (COMMENT_VERB.test(part)) return null;
  part = part
    .replace(LEADING_ABOUT, '')
    .replace(LEADING_BY, '')
    .replace(LEADING_PARTICLE_BY, '')
    .replace(LINK_TAIL, '')
    .replace(DATE_TAIL, '')
    .replace(CJK_ROLE_TAIL, '');
  // "Meg Wagner NEW YORK DAILY NEWS": an all-caps organisation after a mixed-case name.
  part = part.replace(/^((?:\p{Lu}\p{Ll}[\p{L}'’.-]*\s+)+\p{Lu}\p{Ll}[\p{L}'’-]*)(?:\s+\p{Lu}{2,}[\p{Lu}-]*){2,}$/u, '$1');
  // "Isabella.DiBiase": a login made of two capitalised names.
  part = part.replace(/^(\p{Lu}\p{Ll}+)[._](\p{Lu}[\p{L}]+)$/u, '$1 $2');
  part = part.replace(/^(?:special\s+to|for)\s+.*$/i, '').replace(/^[\s:,.'"“”‘’–—《〈「【-]+|[\s:,'"“”‘’–—》〉」】-]+$/g, '');
  part = stripTrailingRoles(collapseWhitespace(part));
  // "Hawey schreibt am 3. Mai": a comment's verb shows once the date is gone.
  if (COMMENT_VERB.test(` ${part}`)) return null;
  // "freeman1984", "ThE_PaiN": a one-word login may carry digits and underscores; a name may not.
  if (isLogin(part)) return part;
  if (!part || !/^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u.test(part)) return null;
  if (part.length > 60 || /\d/.test(part) || !/\p{L}/u.test(part)) return null;
  if (NON_NAMES.has(part.toLowerCase()) || isRole(part)) return null;
  const words = part.split(' ');
  if (words.length > 5) return null;
  // A sentence fragment, not a name: most words start lowercase.
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !/^(?:de|da|van|von|der|den|la|le|du|del|di|bin|al|y|dos|das|ter)$/.test(w));
  // "Cindy mangomini", "Mobasir hassan": a capitalised given name before a surname typed in lowercase.
  const typedSurname =
    words.length === 2 &&
    lower.length === 1 &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(words[0] ?? '') &&
    /^\p{Ll}{4,}$/u.test(words[1] ?? '') &&
    !ROLE_WORDS.has(words[1] ?? '') &&
    !NON_NAMES.has(words[1] ?? '');
  if (lower.length > 0 && lower.length >= words.length / 2 && words.length > 1 && !typedSurname) return null;
  return recaseName(part);
}

/** A one-word login with digits or underscores between letters: "freeman1984", "Bo2man", "ThE_PaiN". */
function isLogin(part: string): boolean {
  return /^\p{L}[\p{L}\d_]{2,30}$/u.test(part) && /[\d_]/.test(part) && (part.match(/\p{L}/gu)?.length ?? 0) >= 3;
}

/** Splits one author string ("By A and B, Staff Writers") into raw parts before cleaning. */
export function splitAuthorString(raw: string): string[] {
  const text = collapseWhitespace(
    decodeEntities(raw)
      .replace(/<[^>]*>/g, ' ')
      .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
      .replace(/(?:^|\s)(?:https?:\/\/|www\.)\S+/gi, ' ')
      .replace(/\S+@\S+\.\S+/g, ' '),
  );
  // "01.12.2022 / CSP / International / Speicher / Wirtschaft": a category list, not co-authors.
  if ((text.match(/\s\/\s/g)?.length ?? 0) >= 4) return [];
  if (!text || /^https?:\/\//i.test(text) || /^(?:photo(?:graph)?s?|images?|illustrations?|video)\s+by\b/i.test(text)) return [];
  // "Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet": the labelled field only.
  const label = AUTHOR_LABEL.exec(text);
  const labelled = label ? text.slice(label.index + label[0].length).replace(/\s+\p{L}+\s*:\s.*$/u, '') : text;
  // "Posted on 21 Sep 2020 by Adi Tzlil", "Written by Michael Larabel in Valve on …", "… nach Von Julian Seiferth"
  const withoutBy = labelled
    .replace(/^.*?\bby\s*:?\s+(?=\p{Lu})/iu, '')
    .replace(/^.*?(?<=(?:^|\s)\p{Ll}+\s)Von\s*:?\s+(?=\p{Lu})/u, '')
    .replace(LEADING_BY, '')
    .replace(/\s+in\s+\p{Lu}.*$/u, '');
  // "Doe, Jane" (two single words) is one name in citation order, not two authors.
  if (/^\p{Lu}[\p{L}'-]+,\s*\p{Lu}[\p{L}'.-]+$/u.test(withoutBy)) return [reorderLastFirst(withoutBy)];
  return withoutBy.split(SEPARATORS);
}

/** Key under which two spellings of one name merge. */
export function nameKey(name: string): string {
  return compactKey(name);
}

/** A login rather than a name: "mikecason", "JanBeek". */
export function isUsername(name: string): boolean {
  // Only cased scripts have logins of this shape: "신현주" or "焦鹏" is a name.
  return (
    !/\s/.test(name) && /\p{Ll}/u.test(name) && (name === name.toLowerCase() || /\p{Ll}\p{Lu}\p{Ll}/u.test(name)) && !/^(?:Mc|Mac|O'|De|Di|La|Le)/.test(name)
  );
}

/** Cleans author strings from any signal into a de-duplicated list of names. */
export function cleanAuthorNames(raw: readonly string[]): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const entry of raw) {
    for (const part of splitAuthorString(entry)) {
      const name = cleanPart(part);
      if (!name) continue;
      const key = nameKey(name);
      if (seen.has(key)) continue;
      seen.add(key);
      names.push(name);
    }
  }
  // Beside full names, a lone capitalised word is a section label ("Politik · Jane Doe"),
  // not a person; acronyms such as "AP" stay.
  if (names.some((n) => n.includes(' '))) {
    return names.filter((n) => n.includes(' ') || !/^\p{Lu}\p{Ll}+$/u.test(n));
  }
  return names;
}
