import type pg from 'pg';

/** Distinct statements named per pool at most; past it, a new statement runs unnamed. */
const NAMED_LIMIT = 1_000;
/** Statements seen once are remembered to spot their second run, up to this many at a time. */
const SEEN_LIMIT = 10_000;

/**
 * Names for the statements a pool runs again and again. PostgreSQL parses and plans an unnamed
 * statement at every run, a named one once per connection: a single-row read by the ORM then costs
 * the server a third of the CPU (measured). A statement gets a name at its second run, so
 * the one-off ones (a bulk load's insert of a given size) do not stay prepared on every connection.
 */
export class StatementNames {
  private readonly named = new Map<string, string>();
  private readonly seen = new Set<string>();

  nameOf(text: string): string | undefined {
    const known = this.named.get(text);
    if (known !== undefined || this.named.size >= NAMED_LIMIT) return known;
    if (!this.seen.has(text)) {
      if (this.seen.size >= SEEN_LIMIT) this.seen.clear();
      this.seen.add(text);
      return undefined;
    }
    this.seen.delete(text);
    const name = `auto_${this.named.size + 1}`;
    this.named.set(text, name);
    return name;
  }
}

interface QueryConfigLike {
  text?: unknown;
  name?: unknown;
  values?: unknown;
  submit?: unknown;
}

/** The query config to run instead: the same statement under its name, or undefined to run it as is. */
function named(names: StatementNames, config: unknown, values: unknown): object | undefined {
  const given = typeof config === 'string' ? { text: config } : config;
  if (typeof given !== 'object' || given === null) return undefined;
  const c = given as QueryConfigLike;
  // Cursors and streams (submittables) and statements already named are left alone; so are
  // statements without parameters, which run in one trip as simple queries.
  if (typeof c.text !== 'string' || c.name || typeof c.submit === 'function') return undefined;
  const params = Array.isArray(values) ? values : c.values;
  const name = Array.isArray(params) && params.length > 0 ? names.nameOf(c.text) : undefined;
  return name ? { ...c, name } : undefined;
}

/** Runs the client's repeated statements under their names (see StatementNames). */
export function nameRepeatedStatements(client: pg.PoolClient, names: StatementNames): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((...args: unknown[]) => {
    const config = named(names, args[0], args[1]);
    if (config) args[0] = config;
    return query(...args);
  }) as unknown as typeof client.query;
}
