import type { ApiServices } from '@thidua/api';
import { createLogger } from '@thidua/config';
import { cycles } from '@thidua/db/schema';
import type { TestDatabase } from '@thidua/db/testing';
import { DEMO_PASSWORD } from '@thidua/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect } from 'vitest';
import { demoDatabase } from '../../../packages/api/test/helpers/database';
import { CYCLE_2023 } from '../../../packages/api/test/helpers/fixtures';
import { type TestTemporal, testServices, testTemporal } from '../../../packages/api/test/helpers/temporal';
import { type ApiServerDeps, createApiServer } from '../src/app';
import { httpClient, listen } from './http-client';

const logger = createLogger({ level: 'fatal', format: 'json' });

interface ApiUnderTestOptions {
  /** Whether the cycle workflows run (a worker on the test task queue). */
  worker: boolean;
  /** Runs on the fresh demo database before the server starts. */
  prepare?: (database: TestDatabase) => Promise<void>;
  services?: Partial<ApiServices>;
  server?: Pick<ApiServerDeps, 'readiness' | 'trustProxy'>;
}

/** What a suite talks to once its `beforeAll` has run. */
export interface ApiUnderTest {
  database: TestDatabase;
  temporal: TestTemporal;
  url: string;
}

/**
 * The API served over HTTP on a demo database of its own and the run's Temporal, for one suite: set up in
 * the suite's `beforeAll`, torn down in its `afterAll`.
 */
export function apiUnderTest(databaseName: string, options: ApiUnderTestOptions): ApiUnderTest {
  const handle = {} as ApiUnderTest;
  let stopServer: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    handle.database = await demoDatabase(databaseName);
    handle.temporal = await testTemporal({ worker: options.worker, databaseUrl: handle.database.url });
    await options.prepare?.(handle.database);
    const services = testServices(handle.database.db, handle.temporal, options.services);
    const app = createApiServer({ logger, services, readiness: {}, ...options.server });
    ({ url: handle.url, close: stopServer } = await listen(app));
  });
  afterAll(async () => {
    await stopServer?.();
    await handle.temporal?.close();
    await handle.database?.drop();
  });
  return handle;
}

/** A `prepare` that puts the demo's 2023 year in `phase`, as its workflow would have projected it. */
export const yearIn =
  (phase: 'selfAssessment' | 'conference') =>
  async (database: TestDatabase): Promise<void> => {
    await database.db.update(cycles).set({ phase, startedAt: new Date() }).where(eq(cycles.id, CYCLE_2023));
  };

/** A client signed in as the demo account `username`. */
export async function signedIn(url: string, username: string) {
  const client = httpClient(url);
  expect((await client.signIn(username, DEMO_PASSWORD)).status).toBe(200);
  return client;
}
