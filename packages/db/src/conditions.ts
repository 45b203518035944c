import { and, eq, getTableColumns, getTableName, type SQL, type Table } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { cycles } from './schema';

/** Joins a row of a bloc's year (its membership, its leadership) to the cycle of that bloc and year. */
export function ofCycleYear(t: { blocId: AnyPgColumn; year: AnyPgColumn }): SQL {
  return and(eq(t.blocId, cycles.blocId), eq(t.year, cycles.year)) as SQL;
}

/** The rows of `table` whose columns equal every value given (a composite key, say). */
export function matching<T extends Table>(table: T, values: Partial<T['$inferSelect']>): SQL {
  const columns = getTableColumns(table) as Record<string, AnyPgColumn>;
  const conditions = Object.entries(values).map(([key, value]) => {
    const column = columns[key];
    if (!column) throw new Error(`${getTableName(table)} has no column "${key}"`);
    return eq(column, value);
  });
  return and(...conditions) as SQL;
}
