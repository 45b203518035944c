import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle, type NodePgDatabase, type NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import type { PgTransaction } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema';
import { nameRepeatedStatements, StatementNames } from './statement-names';

export type Schema = typeof schema;
export type Db = NodePgDatabase<Schema>;
export type Tx = PgTransaction<NodePgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Functions that work inside or outside a transaction take either. */
export type DbOrTx = Db | Tx;

export interface DbHandle {
  db: Db;
  pool: pg.Pool;
  close(): Promise<void>;
}

export interface CreateDbOptions {
  /** Pool size (default 10). */
  max?: number;
  /** Shown in pg_stat_activity. */
  applicationName?: string;
  /** Errors of pooled clients that lost their server (a restart); the pool replaces the client either way. */
  onError?: (error: Error) => void;
}

export function createDb(url: string, options: CreateDbOptions = {}): DbHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    application_name: options.applicationName ?? 'thidua',
  });
  // An idle client that loses its server must not crash the process; the pool replaces it.
  pool.on('error', (error) => options.onError?.(error));
  // Nor may a client in use (a transaction open when PostgreSQL dies): pg then emits the error on the
  // client, which the pool listens to only while the client is idle. The query in flight fails on its
  // own, and the client is not returned to the pool.
  const names = new StatementNames();
  pool.on('connect', (client) => {
    client.on('error', (error) => options.onError?.(error));
    nameRepeatedStatements(client, names);
  });
  const db = drizzle(pool, { schema });
  let closed = false;
  return {
    db,
    pool,
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
