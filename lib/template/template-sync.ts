import type { WxtBrowser } from 'wxt/browser';
import type { StampedTemplate } from '../model/setting';
import { templateFrom } from './template';

/** `storage.sync`, or any area with the same shape (tests pass fakeBrowser's). */
export type SyncArea = Pick<WxtBrowser['storage']['sync'], 'get' | 'set' | 'remove'>;

/**
 * Chrome's storage.sync limits (Firefox has the same per-item and total quotas).
 * A `set` or `remove` call is one write operation, however many items it holds.
 */
export const SYNC_LIMITS = { writesPerMinute: 120, writesPerHour: 1800, bytesPerItem: 8192, bytes: 102_400 } as const;

/**
 * The shortest time between two copies of the template. A copy is one `set`,
 * plus one `remove` when the template shrank by a whole item: two operations
 * every 5 s is 24 a minute and 1440 an hour, inside both limits with room to spare.
 */
export const SYNC_INTERVAL_MS = 5_000;

const KEY = 'template';
const partKey = (i: number) => `${KEY}.${i}`;
const PART_KEY = /^template\.(\d+)$/;
/** Room left in each item for its key and the string's quotes, with a margin. */
const PART_BYTES = SYNC_LIMITS.bytesPerItem - 64;

/** What the `template` item holds: when it was typed and how many `template.N` items carry its JSON. */
interface SyncedHeader {
  updatedAt: number;
  parts: number;
}

const encoder = new TextEncoder();
const bytesOf = (text: string) => encoder.encode(text).length;
/** An item's size as storage.sync counts it: its key and its value as JSON. */
const itemBytes = (key: string, value: unknown) => bytesOf(key) + bytesOf(JSON.stringify(value));

/** Cuts `json` into strings each of which, stored as an item, fits the per-item quota (never inside a character). */
export function splitForSync(json: string, partBytes: number = PART_BYTES): string[] {
  const parts: string[] = [];
  let part = '';
  let size = 2; // the quotes around the stored string
  for (const char of json) {
    const cost = bytesOf(JSON.stringify(char)) - 2;
    if (size + cost > partBytes && part) {
      parts.push(part);
      part = '';
      size = 2;
    }
    part += char;
    size += cost;
  }
  if (part || parts.length === 0) parts.push(part);
  return parts;
}

/** The items a template is stored as in storage.sync: a header and as many parts as its size needs. */
export function syncItems({ template, updatedAt }: StampedTemplate): Record<string, unknown> {
  const parts = splitForSync(JSON.stringify(template));
  const header: SyncedHeader = { updatedAt, parts: parts.length };
  const items: Record<string, unknown> = { [KEY]: header };
  parts.forEach((part, i) => {
    items[partKey(i)] = part;
  });
  return items;
}

/** Refused before writing: storage.sync would refuse it anyway, and less clearly. */
export class SyncTooLarge extends Error {
  override readonly name = 'SyncTooLarge';
}

/** Writes the template's copy in one `set`, then removes parts a longer version left behind. */
export async function writeSyncedTemplate(area: SyncArea, stamped: StampedTemplate): Promise<void> {
  const items = syncItems(stamped);
  const total = Object.entries(items).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
  if (total > SYNC_LIMITS.bytes) {
    throw new SyncTooLarge(`The template is ${Math.ceil(total / 1024)} KB, more than the ${SYNC_LIMITS.bytes / 1024} KB sync storage holds.`);
  }
  await area.set(items);
  const parts = Object.keys(items).length - 1;
  const stale = Object.keys(await area.get(null)).filter((key) => Number(PART_KEY.exec(key)?.[1] ?? -1) >= parts);
  if (stale.length) await area.remove(stale);
}

const isHeader = (value: unknown): value is SyncedHeader =>
  !!value && typeof value === 'object' && typeof (value as SyncedHeader).updatedAt === 'number' && typeof (value as SyncedHeader).parts === 'number';

/**
 * The template's copy in storage.sync, or null when there is none or it is
 * incomplete (sync may deliver another machine's items one by one). A template
 * stored whole under `template` by earlier versions counts as older than any stamped copy.
 */
export async function readSyncedTemplate(area: SyncArea): Promise<StampedTemplate | null> {
  const { [KEY]: stored } = await area.get(KEY);
  if (stored === undefined || stored === null) return null;
  if (!isHeader(stored)) return { template: templateFrom(stored), updatedAt: 0 };
  const keys = Array.from({ length: stored.parts }, (_, i) => partKey(i));
  const parts = await area.get(keys);
  if (keys.some((key) => typeof parts[key] !== 'string')) return null;
  try {
    return { template: templateFrom(JSON.parse(keys.map((key) => parts[key]).join(''))), updatedAt: stored.updatedAt };
  } catch {
    return null;
  }
}

/** Why the sync copy failed, in words: the template itself is safe in this browser's database. */
export function syncErrorMessage(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  const kept = 'Your template is saved in this browser, but its copy in the browser’s sync storage was not updated';
  if (error instanceof SyncTooLarge) return `${kept}: ${detail}`;
  if (/MAX_WRITE_OPERATIONS/i.test(detail))
    return `${kept}: sync storage allows only so many writes a minute; it will be copied with your next edit (${detail}).`;
  if (/QUOTA_BYTES/i.test(detail)) return `${kept}: sync storage is full (${detail}).`;
  return `${kept} (${detail}).`;
}
