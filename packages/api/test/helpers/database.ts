import { seedDemoData } from '@thidua/db';
import { createTestDatabase, type TestDatabase } from '@thidua/db/testing';
import type {} from '@thidua/vitest-setup/context';
import { inject } from 'vitest';

/** A fresh migrated database with the demo dataset (cheap scrypt: tests sign in a lot). */
export async function demoDatabase(prefix: string): Promise<TestDatabase> {
  const database = await createTestDatabase(inject('databaseAdminUrl'), { prefix, max: 20 });
  await seedDemoData(database.db, { scrypt: { N: 1024, r: 8, p: 1 } });
  return database;
}
