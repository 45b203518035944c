import type { Db } from '@thidua/db';
import { sql } from 'drizzle-orm';

/** Row count and content hash of every table: equal before and after = nothing was written. */
export async function tableChecksums(db: Db): Promise<Record<string, string>> {
  const tables = await db.execute<{ name: string }>(
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables.rows) {
    const row = await db.execute<{ n: string; h: string }>(
      sql.raw(
        `select count(*)::text as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from "${name}" t`,
      ),
    );
    out[name] = `${row.rows[0]?.n}:${row.rows[0]?.h}`;
  }
  return out;
}
