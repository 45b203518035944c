import { createHash } from 'node:crypto';
import type { Db } from '@thidua/db';
import { fillPlaceholders, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';

const dialect = new PgDialect();

/** What drizzle() keeps on the database object as `$client` (its pg pool); the Db type leaves it out. */
interface PgQueryable {
  query<Row>(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: Row[] }>;
}
const clientOf = (db: Db) => (db as Db & { $client: PgQueryable }).$client;

interface Compiled {
  /** Named after its text: PostgreSQL parses and plans it once per connection. */
  name: string;
  text: string;
  params: unknown[];
}

/**
 * Statements compiled once and reused: a busy screen asks the same question (same caller scope, same
 * filters, another page) many times. Building the SQL is not done again, and PostgreSQL parses the
 * named statement once per connection. Keyed by everything that went into the SQL except the
 * placeholders; past `capacity` keys, the least recently used goes.
 */
export class StatementCache {
  private readonly compiled = new Map<string, Compiled>();

  constructor(
    private readonly prefix: string,
    private readonly capacity = 200,
  ) {}

  async run<Row>(
    db: Db,
    key: string,
    build: () => SQL,
    placeholders: Record<string, unknown>,
  ): Promise<Row[]> {
    let statement = this.compiled.get(key);
    if (statement) {
      this.compiled.delete(key); // most recently used goes last
    } else {
      const query = dialect.sqlToQuery(build());
      const digest = createHash('sha256').update(query.sql).digest('hex').slice(0, 24);
      statement = { name: `${this.prefix}_${digest}`, text: query.sql, params: query.params };
      if (this.compiled.size >= this.capacity) {
        const oldest = this.compiled.keys().next().value;
        if (oldest !== undefined) this.compiled.delete(oldest);
      }
    }
    this.compiled.set(key, statement);
    const result = await clientOf(db).query<Row>({
      name: statement.name,
      text: statement.text,
      values: fillPlaceholders(statement.params, placeholders),
    });
    return result.rows;
  }
}
