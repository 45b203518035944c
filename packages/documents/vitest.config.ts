import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The LibreOffice conversion runs one soffice process for all records; give it room on a cold start.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
