import { blocs, cycles, cycleUnitStatus, units } from '@thidua/db/schema';
import { and, asc, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import { visibleTo } from '../../authz/visibility';
import type { ServiceContext } from '../context';
import { blocNamesAt, unitNamesAt, yearEnd } from '../org/names';

export interface TrackerInput {
  provinceId?: string | undefined;
  blocId?: string | undefined;
  year?: number | undefined;
  status: 'all' | 'overdue' | 'pending' | 'done';
  sort: 'due' | 'bloc' | 'unit' | 'year';
  direction: 'asc' | 'desc';
  page: { limit: number; offset: number };
}

/** The unit step each phase waits for (the key of cycle_unit_status.steps and .deadlines). */
const currentStep = sql<string | null>`(case ${cycles.phase}
  when 'setup' then 'pact' when 'registration' then 'registration'
  when 'selfAssessment' then 'selfAssessment' when 'review' then 'reviewResponse' else null end)`;
const stepState = sql<string | null>`(${cycleUnitStatus.steps} -> ${currentStep} ->> 'state')`;
const due = sql<string | null>`coalesce(${cycleUnitStatus.deadlines} -> ${currentStep} ->> 'extendedTo',
  ${cycleUnitStatus.deadlines} -> ${currentStep} ->> 'due')`;
const done = sql<boolean>`coalesce(${stepState} in ('done', 'submitted', 'skipped'), true)`;

const statusFilter: Record<TrackerInput['status'], SQL | undefined> = {
  all: undefined,
  overdue: eq(cycleUnitStatus.overdue, true),
  pending: sql`not ${done}`,
  done: done,
};

/**
 * The secretariat's board: every unit of every visible cycle with its current step, deadline and
 * overdue mark, filtered and paginated in SQL; overdue rows always come first.
 */
export async function trackerList(ctx: ServiceContext, input: TrackerInput) {
  const where = and(
    visibleTo(ctx.access.grants, {
      blocId: cycles.blocId,
      provinceId: blocs.provinceId,
      year: cycles.year,
      unitId: cycleUnitStatus.unitId,
    }),
    input.provinceId ? eq(blocs.provinceId, input.provinceId) : undefined,
    input.blocId ? eq(cycles.blocId, input.blocId) : undefined,
    input.year !== undefined ? eq(cycles.year, input.year) : undefined,
    statusFilter[input.status],
  );
  const order = input.direction === 'asc' ? asc : desc;
  const sortKey = { due, bloc: cycles.blocId, unit: units.code, year: cycles.year }[input.sort];
  const base = ctx.db
    .select({
      cycleId: cycles.id,
      blocId: cycles.blocId,
      provinceId: blocs.provinceId,
      year: cycles.year,
      phase: cycles.phase,
      unitId: cycleUnitStatus.unitId,
      unitCode: units.code,
      step: currentStep,
      stepState,
      due,
      done,
      overdue: cycleUnitStatus.overdue,
      latePenalty: cycleUnitStatus.latePenalty,
      steps: cycleUnitStatus.steps,
      deadlines: cycleUnitStatus.deadlines,
    })
    .from(cycleUnitStatus)
    .innerJoin(cycles, eq(cycles.id, cycleUnitStatus.cycleId))
    .innerJoin(blocs, eq(blocs.id, cycles.blocId))
    .innerJoin(units, eq(units.id, cycleUnitStatus.unitId))
    .where(where);
  const rows = await base
    .orderBy(desc(cycleUnitStatus.overdue), order(sortKey), asc(units.code), asc(cycles.id))
    .limit(input.page.limit)
    .offset(input.page.offset);
  const [total] = await ctx.db
    .select({ n: count() })
    .from(cycleUnitStatus)
    .innerJoin(cycles, eq(cycles.id, cycleUnitStatus.cycleId))
    .innerJoin(blocs, eq(blocs.id, cycles.blocId))
    .innerJoin(units, eq(units.id, cycleUnitStatus.unitId))
    .where(where);
  const labels = new Map<string, string>();
  for (const year of new Set(rows.map((r) => r.year))) {
    const inYear = rows.filter((r) => r.year === year);
    for (const [id, name] of await unitNamesAt(
      ctx.db,
      inYear.map((r) => r.unitId),
      yearEnd(year),
    ))
      labels.set(`u:${id}:${year}`, name);
    for (const [id, name] of await blocNamesAt(
      ctx.db,
      inYear.map((r) => r.blocId),
      yearEnd(year),
    ))
      labels.set(`b:${id}:${year}`, name);
  }
  return {
    total: total?.n ?? 0,
    limit: input.page.limit,
    offset: input.page.offset,
    rows: rows.map((r) => ({
      ...r,
      unitName: labels.get(`u:${r.unitId}:${r.year}`) ?? r.unitId,
      blocName: labels.get(`b:${r.blocId}:${r.year}`) ?? r.blocId,
    })),
  };
}
