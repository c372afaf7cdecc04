// Signals disagree about authors: meta author may hold the publisher, JSON-LD may
// list all co-authors where the byline shows one, and visible markup repeats for
// related stories. The most trusted signal that names a person wins; a structured
// signal with a fuller list that includes it replaces it; a name that is really the
// publication, or a bare login, counts only when nothing else names anyone.

import { cleanAuthorNames, isUsername, nameKey } from './authors';
import { isSiteName } from './site-name-match';

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
  for (const text of signal.names) {
    const names = cleanAuthorNames([text]);
    if (names.length > 0) return names;
  }
  return [];
}

/** Two or more words, or a name in a script written without spaces (CJK). */
function isFullName(name: string): boolean {
  return name.includes(' ') || /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(name);
}

export function chooseAuthors(signals: readonly AuthorSignal[], publicationNames: readonly string[], host: string): string[] {
  const cleaned = signals.map(namesOf);
  const isPerson = (name: string) => !isSiteName(name, publicationNames, host) && !isUsername(name);
  const people = cleaned.map((names) => names.filter(isPerson));
  // A signal naming a full name ("Jane Doe") outranks one offering a lone word ("Google",
  // "amw"), which is more often an organisation, desk or login than the person who wrote.
  const full = people.findIndex((names) => names.some(isFullName));
  const firstIndex = full >= 0 ? full : people.findIndex((names) => names.length > 0);
  if (firstIndex === -1) {
    // Only the publication or a login signs the piece: keep it (the attribution dedupes it).
    const fallback = cleaned.find((names) => names.length > 0) ?? [];
    const named = fallback.find((n) => !isUsername(n)) ?? fallback[0];
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
