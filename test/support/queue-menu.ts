import { fireEvent, within } from '@testing-library/preact';

const ITEM_ROLES = ['menuitem', 'menuitemradio', 'menuitemcheckbox'] as const;

/** The one menu item named `name` in `container`, whichever kind of menu item it is. */
export function menuItem(container: HTMLElement, name: string): HTMLElement {
  for (const role of ITEM_ROLES) {
    const found = within(container).queryByRole(role, { name });
    if (found) return found;
  }
  throw new Error(`no menu item named “${name}”`);
}

/**
 * Clicks a queued clip's "More actions", then each of `path` in turn
 * ("Move to section…", "Random"), as the editor would with the pointer.
 */
export function chooseAction(item: HTMLElement, ...path: string[]): void {
  fireEvent.click(within(item).getByRole('button', { name: 'More actions' }));
  for (const name of path) fireEvent.click(menuItem(item, name));
}
