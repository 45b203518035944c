import { and, eq, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { cycles } from './schema';

/** Joins a row of a bloc's year (its membership, its leadership) to the cycle of that bloc and year. */
export function ofCycleYear(t: { blocId: AnyPgColumn; year: AnyPgColumn }): SQL {
  return and(eq(t.blocId, cycles.blocId), eq(t.year, cycles.year)) as SQL;
}
