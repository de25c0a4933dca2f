import { defineConfig } from 'vitest/config';

// Browser tests: the built app served by the real `amends serve`, driven through playwright-core and
// the system Chromium. One file at a time, since each starts a server and a browser.
export default defineConfig({
  test: {
    include: ['apps/web/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
