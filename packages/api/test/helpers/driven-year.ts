import type { ApiServices } from '@thidua/api';
import { createDb } from '@thidua/db';
import { users } from '@thidua/db/schema';
import type { TestDatabase } from '@thidua/db/testing';
import { afterAll, beforeAll } from 'vitest';
import type { Harness } from '../../../workflows/test/support/harness';
import { demoDatabase } from './database';
import { type TestTemporal, testServices, testTemporal } from './temporal';

/**
 * A demo database with a worker on real Temporal, and what the workflow tests' cycle driver needs to
 * run years on it (client, queue, accounts, a pool): for API tests that drive whole years quickly.
 */
export interface DrivenYears {
  database: TestDatabase;
  temporal: TestTemporal;
  harness: Harness;
  /** The API's services over them (with `more`). */
  services: ApiServices;
  close(): Promise<void>;
}

async function drivenYears(name: string, more: Partial<ApiServices>): Promise<DrivenYears> {
  const database = await demoDatabase(name);
  // The worker and the API log in as the application's role, as in production.
  const temporal = await testTemporal({ worker: true, databaseUrl: database.appUrl });
  const api = createDb(database.appUrl, { max: 5, applicationName: name });
  const rows = await database.db.select({ id: users.id, username: users.username }).from(users);
  const harness = {
    client: temporal.client,
    taskQueue: temporal.taskQueue,
    users: new Map(rows.map((r) => [r.username, r.id])),
    api,
  } as unknown as Harness;
  return {
    database,
    temporal,
    harness,
    services: testServices(database.appDb, temporal, more),
    async close() {
      await api.close();
      await temporal.close();
      await database.drop();
    },
  };
}

/** Driven years for the tests of one file: set up before them, closed after them. */
export function drivenYearsOfFile(name: string, more: Partial<ApiServices> = {}): DrivenYears {
  const years = {} as DrivenYears;
  beforeAll(async () => {
    Object.assign(years, await drivenYears(name, more));
  });
  afterAll(async () => {
    await years.close?.();
  });
  return years;
}
