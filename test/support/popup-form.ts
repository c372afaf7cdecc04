import type { Locator, Page } from 'playwright-core';

/** The popup's controls, found the way a screen-reader user would: by role and accessible name. */
export function popupForm(popup: Page) {
  const textbox = (name: string): Locator => popup.getByRole('textbox', { name, exact: true });
  const combobox = (name: string): Locator => popup.getByRole('combobox', { name, exact: true });
  return {
    title: textbox('Title'),
    link: textbox('Link'),
    authors: textbox('Authors'),
    source: textbox('Source'),
    attribution: textbox('Attribution'),
    section: combobox('Section'),
    kind: combobox('Kind'),
    commentary: textbox('Commentary'),
    add: popup.getByRole('button', { name: 'Add to issue', exact: true }),
    undo: popup.getByRole('button', { name: 'Undo', exact: true }),
    /** The confirmation after adding ("Added to … Issue #1 now holds N clips."). */
    added: popup.getByRole('status').filter({ hasText: 'now holds' }),
    alert: popup.getByRole('alert'),
  };
}

export type PopupForm = ReturnType<typeof popupForm>;

/** Every control a keyboard user must be able to reach, in reading order. */
export function tabStops(form: PopupForm): Record<string, Locator> {
  const { title, link, authors, source, attribution, section, kind, commentary, add } = form;
  return { title, link, authors, source, attribution, section, kind, commentary, add };
}

/** The label of the selected option of a native <select>. */
export function selectedLabel(select: Locator): Promise<string> {
  return select.evaluate((el) => {
    const s = el as HTMLSelectElement;
    return s.selectedOptions[0]?.label ?? '';
  });
}
