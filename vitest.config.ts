import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects: `unit` (Node + happy-dom/linkedom, fake-indexeddb) runs in seconds;
// `e2e` drives the built extension in Debian's Chromium and Firefox ESR, one file at a time.
export default defineConfig({
  // Resolves `@/` and `wxt/browser` (to fakeBrowser) exactly as the build does.
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['fake-indexeddb/auto', 'test/unit/setup.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
