import type {} from '@thidua/vitest-setup/context';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { createDb, type DbHandle } from '../src';
import { provinces } from '../src/schema';
import { createTestDatabase, type TestDatabase } from '../src/testing';

let t: TestDatabase;
let handle: DbHandle;

beforeAll(async () => {
  t = await createTestDatabase(inject('databaseAdminUrl'), { prefix: 'thidua_names' });
  // One connection: what one statement prepared is seen by the next.
  handle = createDb(t.url, { max: 1 });
});

afterAll(async () => {
  await handle.close();
  await t.drop();
});

async function preparedTexts(): Promise<string[]> {
  const { rows } = await handle.db.execute<{ statement: string }>(
    sql`select statement from pg_prepared_statements where name like 'auto_%'`,
  );
  return rows.map((r) => r.statement);
}

// A timestamp read through the ORM's own type parsers: a named run must parse as the unnamed one did.
const byId = (id: string) =>
  handle.db
    .select({ id: provinces.id, at: sql<string>`'2026-01-01T00:00:00Z'::timestamptz`.as('at') })
    .from(provinces)
    .where(eq(provinces.id, id));

test('a statement run again is prepared once and answers as before; one run once is not', async () => {
  await handle.db.insert(provinces).values({ id: 'p-names', code: 'PN' });
  const first = await byId('p-names');
  expect(await preparedTexts()).toEqual([]);

  const second = await byId('p-names');
  const third = await byId('missing');
  expect(second).toEqual(first);
  expect(third).toEqual([]);
  const prepared = await preparedTexts();
  expect(prepared).toHaveLength(1);
  expect(prepared[0]).toMatch(/from "provinces" where "provinces"\."id" = \$1/);

  // The same text with other values reuses the statement; a statement without parameters is never named.
  await handle.db.execute(sql`select 1 as one`);
  await handle.db.execute(sql`select 1 as one`);
  await byId('p-names');
  expect(await preparedTexts()).toHaveLength(1);
});
