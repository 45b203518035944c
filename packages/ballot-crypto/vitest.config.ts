import { defineConfig } from 'vitest/config';

// Package-local config so `npm run pnpm -- --filter @thidua/ballot-crypto exec vitest run` finds the tests here
// (the root config's project globs are relative to the repository root).
export default defineConfig({
  test: {
    name: 'ballot-crypto',
    include: ['src/**/*.test.ts'],
  },
});
