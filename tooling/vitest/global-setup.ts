import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DefaultLogger } from '@temporalio/worker';
import {
  getFreePort,
  locateTemporalCli,
  type RunningPostgres,
  type RunningTemporal,
  startEmbeddedPostgres,
  startTemporalDevServer,
} from '@thidua/local-services';
import { bundleCycleWorkflows } from '@thidua/workflows/bundle';
import { searchAttributeDefinitions } from '@thidua/workflows/search-attributes';
import type { TestProject } from 'vitest/node';
import type {} from './context';

const rootDir = fileURLToPath(new URL('../..', import.meta.url));
const NAMESPACE = 'thidua-test';

/**
 * Starts the real services the integration suites talk to, once per run: an embedded PostgreSQL (or the
 * server in TEST_DATABASE_URL) and a Temporal dev server (or the one at TEST_TEMPORAL_ADDRESS).
 */
export default async function setup(project: TestProject) {
  // Built (or read from the cache) while the servers start: every test file then loads it from disk.
  const workflowBundle = bundleCycleWorkflows({ logger: new DefaultLogger('WARN') });
  let postgres: RunningPostgres | undefined;
  let temporal: RunningTemporal | undefined;
  let pgDir: string | undefined;

  let databaseAdminUrl = process.env.TEST_DATABASE_URL;
  if (!databaseAdminUrl) {
    pgDir = mkdtempSync(path.join(os.tmpdir(), 'thidua-test-pg-'));
    chmodSync(pgDir, 0o755); // the server runs as the `postgres` user when the tests run as root
    postgres = await startEmbeddedPostgres({
      dataDir: path.join(pgDir, 'data'),
      port: await getFreePort(),
      persistent: false,
    });
    databaseAdminUrl = postgres.adminUrl;
  }

  const temporalCliPath = await locateTemporalCli({ rootDir, allowBuild: true });
  let temporalAddress = process.env.TEST_TEMPORAL_ADDRESS;
  if (!temporalAddress) {
    temporal = await startTemporalDevServer({
      cliPath: temporalCliPath,
      port: await getFreePort(),
      namespaces: [NAMESPACE],
      searchAttributes: searchAttributeDefinitions,
    });
    temporalAddress = temporal.address;
  }

  await workflowBundle;
  project.provide('databaseAdminUrl', databaseAdminUrl);
  project.provide('temporalAddress', temporalAddress);
  project.provide('temporalNamespace', process.env.TEST_TEMPORAL_NAMESPACE ?? NAMESPACE);
  project.provide('temporalCliPath', temporalCliPath);

  return async () => {
    await temporal?.stop();
    await postgres?.stop();
    if (pgDir) rmSync(pgDir, { recursive: true, force: true });
  };
}
