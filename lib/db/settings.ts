import type { Setting } from '../model/setting';
import type { RoundupDatabase } from './database';

/**
 * Stores one setting as typed: a single `put`, nothing read first, so it also
 * completes when called as the page unloads (the options page's template).
 */
export async function saveSetting(db: RoundupDatabase, key: string, value: unknown, updatedAt: number = Date.now()): Promise<void> {
  await db.settings.put({ key, value, updatedAt });
}

export function loadSetting(db: RoundupDatabase, key: string): Promise<Setting | undefined> {
  return db.settings.get(key);
}
