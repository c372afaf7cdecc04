import type { Locator, Page } from 'playwright-core';

/** The one menu item named `name` in `menu`, whichever kind of menu item it is. */
export function menuItemIn(menu: Locator, name: string): Locator {
  return menu
    .getByRole('menuitem', { name, exact: true })
    .or(menu.getByRole('menuitemradio', { name, exact: true }))
    .or(menu.getByRole('menuitemcheckbox', { name, exact: true }));
}

/** The queued clips on `page`: the list items with a "More actions" button (Inbox items have one too; other lists none). */
export function queuedItems(page: Page): Locator {
  return page.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'More actions' }) });
}

/**
 * Clicks a queued clip's "More actions", then each of `path` in turn
 * ("Move to section…", "Random"), as the editor would with the pointer.
 */
export async function chooseQueueAction(item: Locator, ...path: string[]): Promise<void> {
  await item.getByRole('button', { name: 'More actions', exact: true }).click();
  for (const name of path) await menuItemIn(item.getByRole('menu'), name).click();
}
