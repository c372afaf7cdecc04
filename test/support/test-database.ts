import { RoundupDatabase } from '@/lib/db/database';
import { type RoundupStore, storeFor } from '@/lib/db/store';

/**
 * For the tests of `lib/db` only: a fresh database on fake-indexeddb, with the
 * store bound to it (the verbs under test) and its tables (to see what was written).
 */
export function testDatabase(): { db: RoundupDatabase; store: RoundupStore } {
  const db = new RoundupDatabase(`test-${Math.random().toString(36).slice(2)}`);
  return { db, store: storeFor(db) };
}
