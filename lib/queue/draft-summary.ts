import type { ClipDraft } from '../model/clip-draft';

/** How the Queue names an unfinished draft: the title typed or read, else its address. */
export function draftTitle(draft: ClipDraft): string {
  return draft.form.title?.trim() || draft.form.url || draft.key;
}

/**
 * The page a draft was typed for, to open again: the tab's own address when it
 * differed from the canonical one, else the canonical address the draft is kept under.
 * Either way the popup finds the draft again by the page's canonical URL.
 */
export function draftPage(draft: ClipDraft): string {
  if (draft.form.clippedUrl) return draft.form.clippedUrl;
  return /^https?:\/\//.test(draft.key) ? draft.key : draft.form.url;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 min ago", "2 h ago", "3 d ago": how long ago a draft was last typed into. */
export function ageLabel(then: number, now: number): string {
  const age = Math.max(0, now - then);
  if (age < MINUTE) return 'just now';
  if (age < HOUR) return `${Math.floor(age / MINUTE)} min ago`;
  if (age < DAY) return `${Math.floor(age / HOUR)} h ago`;
  return `${Math.floor(age / DAY)} d ago`;
}
