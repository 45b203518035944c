import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './client';

/** Rows per statement: large enough to amortise round trips, small enough to keep JSON in check. */
const DEFAULT_CHUNK = 5_000;

/**
 * Fast multi-row insert for seeds and benchmarks: each chunk is ONE statement with ONE parameter,
 * a JSON array expanded server-side by json_populate_recordset, so there is no 65 535-parameter
 * limit and no per-row binding cost. Keys are the schema's property names; a key missing from a
 * row inserts NULL there (not the column default), so pass every column you need — columns absent
 * from all rows of a chunk do get their default (e.g. generated ids).
 * Not for bytea columns (JSON cannot carry raw bytes).
 */
export async function bulkInsert<T extends PgTable>(
  db: DbOrTx,
  table: T,
  rows: readonly T['$inferInsert'][],
  options: { chunk?: number } = {},
): Promise<number> {
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const tableName = getTableName(table);
  const chunkSize = options.chunk ?? DEFAULT_CHUNK;
  let inserted = 0;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const keys = new Set<string>();
    for (const row of chunk) {
      for (const [k, v] of Object.entries(row)) if (v !== undefined) keys.add(k);
    }
    const names = [...keys].map((k) => {
      const column = columns[k];
      if (!column) throw new Error(`bulkInsert: ${tableName} has no column for key "${k}"`);
      return column.name;
    });
    const payload = chunk.map((row) => {
      const out: Record<string, unknown> = {};
      for (const k of keys) {
        const v = (row as Record<string, unknown>)[k];
        out[(columns[k] as { name: string }).name] = v === undefined ? null : v;
      }
      return out;
    });
    const list = sql.raw(names.map((n) => `"${n}"`).join(', '));
    await db.execute(
      sql`insert into ${table} (${list}) select ${list} from json_populate_recordset(null::${table}, ${JSON.stringify(payload)}::json)`,
    );
    inserted += chunk.length;
  }
  return inserted;
}
