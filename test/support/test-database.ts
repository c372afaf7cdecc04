import { openDatabase } from '@/lib/db';

/** A fresh, isolated database on fake-indexeddb for each test. */
export function testDatabase() {
  return openDatabase(`test-${Math.random().toString(36).slice(2)}`);
}
