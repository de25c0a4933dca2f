import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Tests read sibling packages from source (the `@amends/source` export condition), so no build is needed.
export default defineConfig({
  resolve: { conditions: ['@amends/source', ...defaultServerConditions] },
  ssr: { resolve: { conditions: ['@amends/source', ...defaultServerConditions] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.{ts,tsx}'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
