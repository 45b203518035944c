import { loadIssuerFacts } from '@thidua/db';
import { cycles } from '@thidua/db/schema';
import { eq } from 'drizzle-orm';
import { ApiError } from '../errors/api-error';
import type { ServiceContext } from './context';
import { vnToday } from './cycles/timeline';

/**
 * A round's ballot and vote-count minutes print the bloc's and the province's names of the day:
 * refuses opening or closing a round while they are missing, as the records would fail on them.
 */
export async function requireIssuerFacts(ctx: ServiceContext, cycleId: string): Promise<void> {
  const [row] = await ctx.db.select({ blocId: cycles.blocId }).from(cycles).where(eq(cycles.id, cycleId));
  if (!row) throw new ApiError('NOT_FOUND', 'Không tìm thấy năm thi đua.');
  await loadIssuerFacts(ctx.db, { blocId: row.blocId, date: vnToday(ctx.clock()) });
}
