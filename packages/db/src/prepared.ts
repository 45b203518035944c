import type { DbOrTx } from './client';
import { withDbErrors } from './errors';

/** What node-postgres runs: a named statement is parsed and planned once per connection. */
interface PgQueryable {
  query<Row>(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: Row[] }>;
}

/**
 * The pg client under a drizzle handle: the pool for the database, the transaction's connection for
 * a transaction (drizzle keeps either as its session's client; the Db and Tx types leave it out).
 */
function clientOf(db: DbOrTx): PgQueryable {
  return (db as unknown as { session: { client: PgQueryable } }).session.client;
}

/**
 * A statement written once in SQL and run by name: for the writes every accepted step makes, where
 * building the query with the ORM costs more than running it. Driver errors are translated as the
 * ORM's are (withDbErrors).
 */
export function preparedStatement<Row>(name: string, text: string) {
  return (db: DbOrTx, values: unknown[]): Promise<Row[]> =>
    withDbErrors(async () => (await clientOf(db).query<Row>({ name, text, values })).rows);
}
