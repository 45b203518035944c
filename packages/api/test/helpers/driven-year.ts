import type { ApiServices } from '@thidua/api';
import { createDb } from '@thidua/db';
import { documents, users } from '@thidua/db/schema';
import type { TestDatabase } from '@thidua/db/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect } from 'vitest';
import { docxText } from '../../../workflows/test/support/docx-text';
import type { Harness } from '../../../workflows/test/support/harness';
import { type Caller, callerAs } from './callers';
import { demoDatabase } from './database';
import { BLOC } from './fixtures';
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
    services: testServices(database.db, temporal, more),
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

/** Appoints a demo account to a bloc office for a year, as the administration does each year. */
export async function appointToBloc(
  years: DrivenYears,
  username: string,
  role: 'blocHead' | 'blocDeputy',
  year: number,
): Promise<Caller> {
  const admin = await callerAs(years.services, 'admin');
  await admin.admin.users.grantRole({
    userId: years.harness.users.get(username) as string,
    grant: { role, scope: { kind: 'bloc', blocId: BLOC }, year },
  });
  return callerAs(years.services, username);
}

/** The text of the current version of a record of the year. */
export async function currentRecordText(
  years: DrivenYears,
  cycleId: string,
  fileName: string,
): Promise<string> {
  const rows = await years.database.db
    .select({ bytes: documents.bytes, status: documents.status })
    .from(documents)
    .where(and(eq(documents.cycleId, cycleId), eq(documents.fileName, fileName)));
  const current = rows.filter((r) => r.status === 'issued' || r.status === 'signed');
  expect(current, fileName).toHaveLength(1);
  return docxText(new Uint8Array(current[0]?.bytes as Buffer));
}
