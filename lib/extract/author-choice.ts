// Signals disagree about authors: meta author may hold the publisher, JSON-LD may
// list all co-authors where the byline shows one, and visible markup repeats for
// related stories. The most trusted signal that names a person wins; a structured
// signal with a fuller list that includes it replaces it; a name that is really the
// publication, or a bare login, counts only when nothing else names anyone.

import { cleanAuthorNames, isUsername, nameKey } from './authors';
import { ROLE_WORDS } from './byline-words';
import { hostLabel } from './host';
import { isSiteName } from './site-name-match';
import { compactKey } from './text';

export interface AuthorSignal {
  /** Where the names came from, for debugging and tests. */
  from: string;
  names: string[];
  /** Structured signals (JSON-LD, meta) may extend each other; visible ones may not. */
  structured: boolean;
  /** Several candidate texts of which only the first that yields a name counts (bylines). */
  firstOnly?: boolean;
}

function namesOf(signal: AuthorSignal): string[] {
  if (!signal.firstOnly) return cleanAuthorNames(signal.names);
  // "JF", then "Boris T. Kaiser": a desk's initials come before the byline proper.
  const candidates = signal.names.map((text) => cleanAuthorNames([text]));
  return candidates.find((names) => names.some(isFullName)) ?? candidates.find((names) => names.length > 0) ?? [];
}

/** Two or more words, or a name in a script written without spaces (CJK). */
function isFullName(name: string): boolean {
  return name.includes(' ') || /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(name);
}

/** "Adam Aaronson PhillyVoice Staff" → "Adam Aaronson": the publication and desk words after a name. */
function withoutSiteSuffix(name: string, isSite: (text: string) => boolean, hostKey: string): string {
  const words = name.split(' ');
  let end = words.length;
  while (end > 2 && ROLE_WORDS.has((words[end - 1] ?? '').toLowerCase())) end--;
  for (const size of [2, 1]) {
    const tail = words.slice(end - size, end).join(' ');
    // "Matthias herrpfleger": a lowercase site login after a given name leaves the given name.
    const minimum = tail === tail.toLowerCase() && compactKey(tail) === hostKey ? 1 : 2;
    // "Bund der Energieverbraucher": a name ending in a lowercase particle was not a person's name before the site.
    const rest = words.slice(0, end - size);
    if (end - size >= minimum && isSite(tail) && !/^\p{Ll}/u.test(rest[rest.length - 1] ?? '')) return rest.join(' ');
  }
  return name;
}

/** "TK" beside "Tina Klostermeier": an author's initials (a desk's sign-off) are not a second author. */
function withoutInitialsOfOthers(names: string[]): string[] {
  const initials = new Set(names.filter((n) => n.includes(' ')).map((n) => compactKey(n.replace(/(\p{L})\p{L}*/gu, '$1'))));
  return names.filter((n) => !(/^\p{Lu}{2,4}$/u.test(n) && initials.has(compactKey(n))));
}

export function chooseAuthors(signals: readonly AuthorSignal[], publicationNames: readonly string[], host: string): string[] {
  const isSite = (text: string) => isSiteName(text, publicationNames, host);
  const cleaned = signals.map((signal) => withoutInitialsOfOthers(namesOf(signal).map((n) => withoutSiteSuffix(n, isSite, compactKey(hostLabel(host))))));
  const isPerson = (name: string) => !isSite(name) && !isUsername(name);
  // "hessenschau.de, Frankfurt, Germany": beside the site's name, lone words are its address, not people.
  const people = cleaned.map((names) => {
    const persons = names.filter(isPerson);
    return names.some(isSite) && persons.every((n) => !isFullName(n)) ? [] : persons;
  });
  // A signal naming a full name ("Jane Doe") outranks one offering a lone word ("Google",
  // "amw"), which is more often an organisation, desk or login than the person who wrote.
  const full = people.findIndex((names) => names.some(isFullName));
  const firstIndex = full >= 0 ? full : people.findIndex((names) => names.length > 0);
  if (firstIndex === -1) {
    // Only the publication or a login signs the piece: keep it (the attribution dedupes it).
    const fallback = cleaned.find((names) => names.length > 0) ?? [];
    const named =
      (fallback.some((n) => !isFullName(n) && !isSite(n)) ? fallback.find(isSite) : undefined) ?? fallback.find((n) => !isUsername(n)) ?? fallback[0];
    return named ? [named] : [];
  }
  let chosen = people[firstIndex] ?? [];
  signals.forEach((signal, i) => {
    const names = people[i] ?? [];
    if (!signal.structured || names.length <= chosen.length) return;
    const keys = new Set(names.map(nameKey));
    if (chosen.every((n) => keys.has(nameKey(n)))) chosen = names;
  });
  return chosen;
}
