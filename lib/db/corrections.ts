import type { Correction, CorrectionKey, NewCorrection } from '../model/correction';
import type { RoundupDatabase } from './database';

// Corrections are their own table: no verb here touches a clip or an issue, so the
// write guard has nothing to refuse (see the write-guard test's rows).

const keyOf = (c: CorrectionKey): [string, string, string] => [c.site, c.field, c.from];

/**
 * The corrections remembered for any of these sites, in one indexed read: the popup asks
 * with every site its page could belong to (`siteCandidates`) before it knows which one.
 */
export function correctionsForSites(db: RoundupDatabase, sites: readonly string[]): Promise<Correction[]> {
  return sites.length
    ? db.corrections
        .where('site')
        .anyOf([...sites])
        .toArray()
    : Promise.resolve([]);
}

/** Every remembered correction, by site, field and value (the options page's list). */
export async function allCorrections(db: RoundupDatabase): Promise<Correction[]> {
  return db.corrections.toArray();
}

/** Remembers corrections (replacing any for the same site, field and value) in one transaction. */
export async function rememberCorrections(db: RoundupDatabase, corrections: readonly NewCorrection[], now: number = Date.now()): Promise<void> {
  if (!corrections.length) return;
  await db.corrections.bulkPut(corrections.map((c) => ({ site: c.site, field: c.field, from: c.from, to: c.to, updatedAt: now })));
}

/** Changes what a remembered correction turns its value into; a correction forgotten meanwhile stays forgotten. */
export async function updateCorrection(db: RoundupDatabase, key: CorrectionKey, to: string, now: number = Date.now()): Promise<void> {
  await db.corrections.update(keyOf(key), { to, updatedAt: now });
}

export async function forgetCorrection(db: RoundupDatabase, key: CorrectionKey): Promise<void> {
  await db.corrections.delete(keyOf(key));
}
