import type { Setting, StampedTemplate } from '../model/setting';
import { type RoundupTemplate, templateFrom } from './template';
import { readSyncedTemplate, type SyncArea, writeSyncedTemplate } from './template-sync';

/** The settings key the options page keeps the template under in IndexedDB. */
export const TEMPLATE_SETTING = 'template';

/** `storage.sync`, or any area with the same shape (tests pass fakeBrowser's). */
export type TemplateStorage = SyncArea;

/** The archive's settings, as far as the template needs them (a `RoundupStore` is one). */
export interface TemplateSettings {
  loadSetting(key: string): Promise<Setting | undefined>;
}

/**
 * The template as last typed, on this machine or another: the newer of the
 * copy in IndexedDB (saved as typed) and the one in storage.sync (which brings
 * edits made on another machine). Null when neither has one.
 */
export async function loadStampedTemplate(sync: TemplateStorage, settings?: TemplateSettings): Promise<StampedTemplate | null> {
  const [local, synced] = await Promise.all([
    // A database that cannot be read still leaves the synced copy.
    settings?.loadSetting(TEMPLATE_SETTING).catch(() => undefined),
    readSyncedTemplate(sync),
  ]);
  const stored = local ? { template: templateFrom(local.value), updatedAt: local.updatedAt } : null;
  if (!stored) return synced;
  return synced && synced.updatedAt > stored.updatedAt ? synced : stored;
}

/** The template to use: the newest copy, else the default. */
export async function loadTemplate(sync: TemplateStorage, settings?: TemplateSettings): Promise<RoundupTemplate> {
  return (await loadStampedTemplate(sync, settings))?.template ?? templateFrom(undefined);
}

/** Writes storage.sync's copy at once (a restore, a script); the options page goes through the throttled writer. */
export async function saveTemplate(storage: TemplateStorage, template: RoundupTemplate, updatedAt: number = Date.now()): Promise<void> {
  await writeSyncedTemplate(storage, { template, updatedAt });
}
