import { blocs, cycles } from '@thidua/db/schema';
import { and, desc, eq } from 'drizzle-orm';
import { visibleTo } from '../../authz/visibility';
import type { ServiceContext } from '../context';
import { blocNamesAt, yearEnd } from '../org/names';

export interface ListCyclesInput {
  year?: number | undefined;
  blocId?: string | undefined;
  provinceId?: string | undefined;
  status?: 'open' | 'closed' | 'cancelled' | undefined;
}

/** Cycles the caller can see (own bloc, own province or all), newest year first. */
export async function listCycles(ctx: ServiceContext, input: ListCyclesInput) {
  const rows = await ctx.db
    .select({
      id: cycles.id,
      blocId: cycles.blocId,
      provinceId: blocs.provinceId,
      year: cycles.year,
      phase: cycles.phase,
      status: cycles.status,
      phaseEnteredAt: cycles.phaseEnteredAt,
    })
    .from(cycles)
    .innerJoin(blocs, eq(blocs.id, cycles.blocId))
    .where(
      and(
        visibleTo(ctx.access.grants, {
          blocId: cycles.blocId,
          provinceId: blocs.provinceId,
          year: cycles.year,
        }),
        input.year !== undefined ? eq(cycles.year, input.year) : undefined,
        input.blocId ? eq(cycles.blocId, input.blocId) : undefined,
        input.provinceId ? eq(blocs.provinceId, input.provinceId) : undefined,
        input.status ? eq(cycles.status, input.status) : undefined,
      ),
    )
    .orderBy(desc(cycles.year), cycles.blocId);
  const names = new Map<string, string>();
  for (const year of new Set(rows.map((r) => r.year))) {
    const ids = rows.filter((r) => r.year === year).map((r) => r.blocId);
    for (const [id, name] of await blocNamesAt(ctx.db, ids, yearEnd(year))) names.set(`${id}:${year}`, name);
  }
  return rows.map((r) => ({ ...r, blocName: names.get(`${r.blocId}:${r.year}`) ?? r.blocId }));
}
