import { openStore, type RoundupStore } from '@/lib/db';

/** A fresh, isolated store on fake-indexeddb, as components and pages hold it. */
export function testStore(): RoundupStore {
  return openStore(`test-${Math.random().toString(36).slice(2)}`);
}
