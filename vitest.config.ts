import { defineConfig } from 'vitest/config';

const ignored = ['**/node_modules/**', '**/dist/**', '**/.data/**'];

/**
 * Three projects: `unit` (pure code, parallel), `integration` (real PostgreSQL and Temporal, started once by
 * the global setup), `e2e` (a real browser against the whole system).
 */
export default defineConfig({
  test: {
    reporters: ['default'],
    // vitest's default is one file at a time on a 2-core machine (cores − 1); integration files mostly wait on
    // Temporal and PostgreSQL, so three at once use the machine. The e2e files still run one after another.
    maxWorkers: 3,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{packages,apps,infra}/*/{src,test}/**/*.test.{ts,tsx}'],
          exclude: [...ignored, '**/*.int.test.ts', '**/*.e2e.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['{packages,apps,infra}/*/{src,test}/**/*.int.test.ts'],
          exclude: ignored,
          pool: 'forks',
          globalSetup: ['tooling/vitest/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['apps/web/e2e/**/*.e2e.test.ts'],
          exclude: ignored,
          pool: 'forks',
          // Builds apps/web and starts the whole system (runtime --role all) once per run.
          globalSetup: ['apps/web/e2e/setup/global-setup.ts'],
          fileParallelism: false,
          maxWorkers: 1,
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
