import { blocLeaderships, blocs, cycles, cycleUnitStatus, units } from '@thidua/db/schema';
import { DomainError } from '@thidua/domain';
import { and, asc, eq } from 'drizzle-orm';
import { allowedActions } from '../../authz/allowed-actions';
import type { ServiceContext } from '../context';
import { blocNamesAt, unitNamesAt, yearEnd } from '../org/names';
import { timeline } from './timeline';

/** One cycle: its phases and deadlines, the leadership, and every unit's steps ("who has done what"). */
export async function getCycle(ctx: ServiceContext, cycleId: string) {
  const [cycle] = await ctx.db
    .select({ cycle: cycles, provinceId: blocs.provinceId })
    .from(cycles)
    .innerJoin(blocs, eq(blocs.id, cycles.blocId))
    .where(eq(cycles.id, cycleId));
  if (!cycle) throw new DomainError('NOT_FOUND', 'Không tìm thấy năm thi đua.');
  const c = cycle.cycle;
  const [leadership] = await ctx.db
    .select()
    .from(blocLeaderships)
    .where(and(eq(blocLeaderships.blocId, c.blocId), eq(blocLeaderships.year, c.year)));
  const statuses = await ctx.db
    .select({ status: cycleUnitStatus, code: units.code })
    .from(cycleUnitStatus)
    .innerJoin(units, eq(units.id, cycleUnitStatus.unitId))
    .where(eq(cycleUnitStatus.cycleId, cycleId))
    .orderBy(asc(units.code));
  const date = yearEnd(c.year);
  const names = await unitNamesAt(
    ctx.db,
    statuses.map((s) => s.status.unitId),
    date,
  );
  const blocName = (await blocNamesAt(ctx.db, [c.blocId], date)).get(c.blocId) ?? c.blocId;
  const { instants, ...calendar } = c.calendar as typeof c.calendar & { instants?: Record<string, string> };
  return {
    id: c.id,
    blocId: c.blocId,
    blocName,
    provinceId: cycle.provinceId,
    year: c.year,
    phase: c.phase,
    status: c.status,
    phaseEnteredAt: c.phaseEnteredAt,
    calendar,
    deadlines: instants ?? null,
    /** The steps the caller may perform now: the screen offers exactly these. */
    allowedActions: allowedActions(ctx.access.principal, {
      cycleId: c.id,
      year: c.year,
      phase: c.phase,
      started: c.startedAt !== null,
      blocId: c.blocId,
      provinceId: cycle.provinceId,
      memberUnitIds: statuses.map((s) => s.status.unitId),
    }),
    timeline: timeline(c.phase, calendar, instants ?? null, ctx.clock()),
    leadership: leadership
      ? { headUnitId: leadership.headUnitId, deputyUnitId: leadership.deputyUnitId }
      : null,
    units: statuses.map(({ status: s, code }) => ({
      unitId: s.unitId,
      code,
      name: names.get(s.unitId) ?? s.unitId,
      steps: s.steps,
      deadlines: s.deadlines,
      overdue: s.overdue,
      latePenalty: s.latePenalty,
    })),
  };
}
