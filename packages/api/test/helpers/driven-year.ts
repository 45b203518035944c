import { createDb } from '@thidua/db';
import { users } from '@thidua/db/schema';
import type { TestDatabase } from '@thidua/db/testing';
import type { Harness } from '../../../workflows/test/support/harness';
import { demoDatabase } from './database';
import { type TestTemporal, testTemporal } from './temporal';

/**
 * A demo database with a worker on real Temporal, and what the workflow tests' cycle driver needs to
 * run years on it (client, queue, accounts, a pool): for API tests that drive whole years quickly.
 */
export async function drivenYears(
  name: string,
): Promise<{ database: TestDatabase; temporal: TestTemporal; harness: Harness; close(): Promise<void> }> {
  const database = await demoDatabase(name);
  const temporal = await testTemporal({ worker: true, databaseUrl: database.url });
  const api = createDb(database.url, { max: 5, applicationName: name });
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
    async close() {
      await api.close();
      await temporal.close();
      await database.drop();
    },
  };
}
