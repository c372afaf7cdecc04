// Shared unit-test setup: fake-indexeddb is loaded before this file (see vitest.config.ts).
export {};
