import { loadRecordPeople } from '@thidua/db';
import { blocLeaderships, cycles } from '@thidua/db/schema';
import { and, eq } from 'drizzle-orm';
import { ApiError } from '../errors/api-error';
import type { ServiceContext } from './context';
import { vnToday } from './cycles/timeline';

/**
 * Refuses a step whose consequence is the bloc's records (the dossier after the conference, again
 * after a return) while a person they name is missing, with the message saying who and where to
 * enter them. Same loader and same date as the record generation, so the records cannot stall on it.
 */
export async function requireRecordPeople(ctx: ServiceContext, cycleId: string): Promise<void> {
  const [row] = await ctx.db
    .select({ blocId: cycles.blocId, headUnitId: blocLeaderships.headUnitId })
    .from(cycles)
    .innerJoin(
      blocLeaderships,
      and(eq(blocLeaderships.blocId, cycles.blocId), eq(blocLeaderships.year, cycles.year)),
    )
    .where(eq(cycles.id, cycleId));
  if (!row) throw new ApiError('NOT_FOUND', 'Chưa có Trưởng Khối của năm thi đua này.');
  await loadRecordPeople(ctx.db, { ...row, date: vnToday(ctx.clock()) });
}
