// Shared unit-test setup: fake-indexeddb is loaded before this file (see vitest.config.ts).

// Component tests share the machine's two cores with builds and browsers; one second for a
// findBy/waitFor is too tight there, and a wait that succeeds returns as soon as it can anyway.
// Only DOM test files (happy-dom) load Testing Library at all.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/preact');
  configure({ asyncUtilTimeout: 5000 });
}
