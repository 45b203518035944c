import { defineConfig } from 'vitest/config';

// Package-local config so `npm run pnpm -- --filter @thidua/domain exec vitest run` finds the tests here
// (the root config's project globs are relative to the repository root).
export default defineConfig({
  test: {
    name: 'domain',
    include: ['src/**/*.test.ts'],
  },
});
