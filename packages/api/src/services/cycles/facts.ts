import { type DbOrTx, ofCycleYear } from '@thidua/db';
import { blocMemberships, blocs, cycles } from '@thidua/db/schema';
import { eq, inArray } from 'drizzle-orm';
import type { CycleFacts } from '../../authz/allowed-actions';

/** What the access checks need of each year: phase, bloc, province and member units. */
export async function cycleFacts(db: DbOrTx, cycleIds: readonly string[]): Promise<Map<string, CycleFacts>> {
  const facts = new Map<string, CycleFacts>();
  if (cycleIds.length === 0) return facts;
  const ids = [...new Set(cycleIds)];
  const rows = await db
    .select({
      id: cycles.id,
      year: cycles.year,
      phase: cycles.phase,
      startedAt: cycles.startedAt,
      blocId: cycles.blocId,
      provinceId: blocs.provinceId,
    })
    .from(cycles)
    .innerJoin(blocs, eq(blocs.id, cycles.blocId))
    .where(inArray(cycles.id, ids));
  // The year's membership (the workflow's input), whether or not the year's workflow runs yet.
  const members = await db
    .select({ cycleId: cycles.id, unitId: blocMemberships.unitId })
    .from(cycles)
    .innerJoin(blocMemberships, ofCycleYear(blocMemberships))
    .where(inArray(cycles.id, ids));
  for (const r of rows) {
    facts.set(r.id, {
      cycleId: r.id,
      year: r.year,
      phase: r.phase,
      started: r.startedAt !== null,
      blocId: r.blocId,
      provinceId: r.provinceId,
      memberUnitIds: members.filter((m) => m.cycleId === r.id).map((m) => m.unitId),
    });
  }
  return facts;
}
