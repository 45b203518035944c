import { loadIssuerFacts, loadRecordPeople } from '@thidua/db';
import { blocLeaderships, cycles } from '@thidua/db/schema';
import { and, eq } from 'drizzle-orm';
import { ApiError } from '../errors/api-error';
import type { ServiceContext } from './context';
import { vnToday } from './cycles/timeline';

/**
 * Refuses a step whose consequence is the bloc's records (the dossier after the conference, again
 * after a return) while a fact they print is missing — the province's or the bloc's name at that
 * date, a person they name — with the message saying what and where to enter it. Same loaders and
 * same date as the record generation, so the records cannot fail on it once the step is accepted.
 */
export async function requireRecordFacts(ctx: ServiceContext, cycleId: string): Promise<void> {
  const [row] = await ctx.db
    .select({ blocId: cycles.blocId, headUnitId: blocLeaderships.headUnitId })
    .from(cycles)
    .innerJoin(
      blocLeaderships,
      and(eq(blocLeaderships.blocId, cycles.blocId), eq(blocLeaderships.year, cycles.year)),
    )
    .where(eq(cycles.id, cycleId));
  if (!row) throw new ApiError('NOT_FOUND', 'Chưa có Trưởng Khối của năm thi đua này.');
  const date = vnToday(ctx.clock());
  await loadIssuerFacts(ctx.db, { blocId: row.blocId, date });
  await loadRecordPeople(ctx.db, { ...row, date });
}
