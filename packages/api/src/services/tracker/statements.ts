import { createHash } from 'node:crypto';
import { type Db, preparedStatement } from '@thidua/db';
import { fillPlaceholders, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { LRUCache } from 'lru-cache';

const dialect = new PgDialect();

interface Compiled {
  run: (db: Db, values: unknown[]) => Promise<unknown[]>;
  params: unknown[];
}

/**
 * Statements compiled once and reused: a busy screen asks the same question (same caller scope, same
 * filters, another page) many times. Building the SQL is not done again, and PostgreSQL parses the
 * named statement (named after its text) once per connection. Keyed by everything that went into
 * the SQL except the placeholders; past `capacity` keys, the least recently used goes.
 */
export class StatementCache {
  private readonly compiled: LRUCache<string, Compiled>;

  constructor(
    private readonly prefix: string,
    capacity = 200,
  ) {
    this.compiled = new LRUCache({ max: capacity });
  }

  async run<Row>(
    db: Db,
    key: string,
    build: () => SQL,
    placeholders: Record<string, unknown>,
  ): Promise<Row[]> {
    let statement = this.compiled.get(key);
    if (!statement) {
      const query = dialect.sqlToQuery(build());
      const digest = createHash('sha256').update(query.sql).digest('hex').slice(0, 24);
      statement = { run: preparedStatement(`${this.prefix}_${digest}`, query.sql), params: query.params };
      this.compiled.set(key, statement);
    }
    return (await statement.run(db, fillPlaceholders(statement.params, placeholders))) as Row[];
  }
}
