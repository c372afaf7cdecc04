import { storageErrorMessage } from '../saving/storage-error';
import { setBadgeText, type ToolbarButton } from '../toolbar/badge';

// A menu click or the quote shortcut runs in the background, where nothing the editor sees
// can show an error. A failure is kept in `storage.local` and flagged on the toolbar button
// ("!"); the popup shows it the next time it opens, until the editor dismisses it.

/** What failed, in the menu's words, why, and when. */
export interface MenuFailure {
  /** The entry's title: "Clip link to this issue", "Quote in commentary". */
  action: string;
  message: string;
  at: number;
}

/** The `storage.local` key of the last failure not yet dismissed. */
export const MENU_FAILURE_KEY = 'menuFailure';

/** `storage.local`, or any area with its shape (tests pass fakeBrowser's). */
export interface FailureArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const isMenuFailure = (value: unknown): value is MenuFailure => {
  const v = value as Partial<MenuFailure> | null;
  return typeof v === 'object' && v !== null && typeof v.action === 'string' && typeof v.message === 'string' && typeof v.at === 'number';
};

/** Keeps the failure for the popup and puts "!" on the toolbar button. */
export async function reportMenuFailure(area: FailureArea, browser: ToolbarButton, action: string, error: unknown, at: number = Date.now()): Promise<void> {
  const failure: MenuFailure = { action, message: storageErrorMessage(error, { typed: false }), at };
  await area.set({ [MENU_FAILURE_KEY]: failure });
  await setBadgeText(browser, '!');
}

/**
 * Runs a menu or shortcut action; if it fails, the failure is logged and reported
 * (`reportMenuFailure`) rather than lost in the background's console. Resolves with
 * the action's result, or undefined when it failed.
 */
export async function guardMenuAction<T>(
  report: (action: string, error: unknown) => Promise<void>,
  action: string,
  work: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    console.error(`${action} failed`, error);
    // Even the report failing must not end in an unhandled rejection: it is in the log above.
    await report(action, error).catch((e: unknown) => console.error('The failure could not be kept for the popup', e));
    return undefined;
  }
}

/** The failure not yet dismissed, or null; anything else under the key is ignored. */
export async function lastMenuFailure(area: FailureArea): Promise<MenuFailure | null> {
  const value = (await area.get(MENU_FAILURE_KEY))[MENU_FAILURE_KEY];
  return isMenuFailure(value) ? value : null;
}

/** The editor has seen it: forgotten (the popup puts the clip count back on the button). */
export function dismissMenuFailure(area: FailureArea): Promise<void> {
  return area.remove(MENU_FAILURE_KEY);
}

/** "“Clip link to this issue” failed at 14:32: …" (with the day when it was not today, in `now`'s time zone). */
export function menuFailureText(failure: MenuFailure, now: Date = new Date()): string {
  const when = new Date(failure.at);
  const time = `${String(when.getHours()).padStart(2, '0')}:${String(when.getMinutes()).padStart(2, '0')}`;
  const sameDay = when.toDateString() === now.toDateString();
  const day = sameDay ? '' : ` on ${when.getDate()} ${when.toLocaleString('en-GB', { month: 'short' })}`;
  return `“${failure.action}” failed${day} at ${time}: ${failure.message}`;
}
