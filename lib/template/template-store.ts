import type { WxtBrowser } from 'wxt/browser';
import { type RoundupTemplate, templateFrom } from './template';

const KEY = 'template';

/** `storage.sync`, or any area with the same shape (tests pass fakeBrowser's). */
export type TemplateStorage = Pick<WxtBrowser['storage']['sync'], 'get' | 'set'>;

export async function loadTemplate(storage: TemplateStorage): Promise<RoundupTemplate> {
  const stored = await storage.get(KEY);
  return templateFrom(stored[KEY]);
}

export async function saveTemplate(storage: TemplateStorage, template: RoundupTemplate): Promise<void> {
  await storage.set({ [KEY]: template });
}
