import type { Db } from '@thidua/db';
import { blocNames, blocs, cycles, cycleUnitStatus, unitNames, units } from '@thidua/db/schema';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { AllowedGrant } from '../../authz/access';
import { visibleTo } from '../../authz/visibility';

export interface BoardFilters {
  provinceId?: string | undefined;
  blocId?: string | undefined;
  year?: number | undefined;
  status: 'all' | 'overdue' | 'pending' | 'done';
  sort: 'due' | 'bloc' | 'unit' | 'year';
  direction: 'asc' | 'desc';
}

/** The unit step each phase waits for (the key of cycle_unit_status.steps and .deadlines). */
const currentStep = sql<string | null>`(case ${cycles.phase}
  when 'setup' then 'pact' when 'registration' then 'registration'
  when 'selfAssessment' then 'selfAssessment' when 'review' then 'reviewResponse' else null end)`;
const stepState = sql<string | null>`(${cycleUnitStatus.steps} -> ${currentStep} ->> 'state')`;
const due = sql<string | null>`coalesce(${cycleUnitStatus.deadlines} -> ${currentStep} ->> 'extendedTo',
  ${cycleUnitStatus.deadlines} -> ${currentStep} ->> 'due')`;
const done = sql<boolean>`coalesce(${stepState} in ('done', 'submitted', 'skipped'), true)`;

const statusFilter: Record<BoardFilters['status'], SQL | undefined> = {
  all: undefined,
  overdue: eq(cycleUnitStatus.overdue, true),
  pending: sql`not ${done}`,
  done: done,
};

/** Sort keys, as table columns inside the page and as the page's own columns outside it. */
const sortKeys = {
  due: [due, 'due'],
  bloc: [cycles.blocId, 'bloc_id'],
  unit: [units.code, 'unit_code'],
  year: [cycles.year, 'year'],
} as const;

const ordering = (filters: BoardFilters, at: 'rows' | 'page') => {
  const dir = sql.raw(filters.direction);
  const pick = (key: (typeof sortKeys)[keyof typeof sortKeys]) =>
    at === 'rows' ? sql`${key[0]}` : sql`page.${sql.identifier(key[1])}`;
  return at === 'rows'
    ? sql`${cycleUnitStatus.overdue} desc, ${pick(sortKeys[filters.sort])} ${dir}, ${units.code} asc, ${cycles.id} asc`
    : sql`page.overdue desc, ${pick(sortKeys[filters.sort])} ${dir}, page.unit_code asc, page.cycle_id asc`;
};

/** What identifies a board statement: the caller's reach and the filters (not the page). */
export function boardKey(grants: readonly AllowedGrant[], filters: BoardFilters): string {
  return JSON.stringify([
    grants.map((g) => [g.rule, g.scopeKind, g.unitId, g.blocId, g.provinceId, g.year, g.unitBlocs]),
    filters.provinceId,
    filters.blocId,
    filters.year,
    filters.status,
    filters.sort,
    filters.direction,
  ]);
}

function boardWhere(grants: readonly AllowedGrant[], filters: BoardFilters) {
  return and(
    visibleTo(grants, {
      blocId: cycles.blocId,
      provinceId: blocs.provinceId,
      year: cycles.year,
      unitId: cycleUnitStatus.unitId,
    }),
    filters.provinceId ? eq(blocs.provinceId, filters.provinceId) : undefined,
    filters.blocId ? eq(cycles.blocId, filters.blocId) : undefined,
    filters.year !== undefined ? eq(cycles.year, filters.year) : undefined,
    statusFilter[filters.status],
  );
}

/** One row of the statement below. */
export interface BoardRow {
  cycle_id: string;
  bloc_id: string;
  year: number;
  phase: string;
  unit_id: string;
  step: string | null;
  due: string | null;
  done: boolean;
  overdue: boolean;
  steps: Record<string, { state: string; late?: boolean | undefined }>;
  total: number;
  unit_name: string | null;
  bloc_name: string | null;
}

const FETCH_SIZES = [50, 100, 200, 500];

/**
 * Rows a statement fetches for a page of `limit`: one of a few sizes, written into the SQL. With a
 * known LIMIT, PostgreSQL plans the statement once per connection (a generic plan); with LIMIT as a
 * parameter it re-plans every call, which costs more than running it. The caller trims the extra.
 */
export function fetchSize(limit: number): number {
  return FETCH_SIZES.find((size) => size >= limit) ?? limit;
}

/**
 * The board's page in one statement, `offset` left as a placeholder: the visible rows are sorted
 * (overdue first) and counted by a window; only the page's rows then get their names as they stood
 * at the end of the cycle year (see org/names.ts: a unit created later shows its first name, a
 * bloc its latest).
 */
export function boardStatement(
  db: Db,
  grants: readonly AllowedGrant[],
  filters: BoardFilters,
  size: number,
): SQL {
  const page = db
    .select({
      cycleId: sql`${cycles.id}`.as('cycle_id'),
      blocId: sql`${cycles.blocId}`.as('bloc_id'),
      year: sql`${cycles.year}`.as('year'),
      phase: sql`${cycles.phase}`.as('phase'),
      unitId: sql`${cycleUnitStatus.unitId}`.as('unit_id'),
      unitCode: sql`${units.code}`.as('unit_code'),
      step: currentStep.as('step'),
      due: due.as('due'),
      done: done.as('done'),
      overdue: sql`${cycleUnitStatus.overdue}`.as('overdue'),
      steps: sql`${cycleUnitStatus.steps}`.as('steps'),
      total: sql`(count(*) over ())::int`.as('total'),
    })
    .from(cycleUnitStatus)
    .innerJoin(cycles, eq(cycles.id, cycleUnitStatus.cycleId))
    .innerJoin(blocs, eq(blocs.id, cycles.blocId))
    .innerJoin(units, eq(units.id, cycleUnitStatus.unitId))
    .where(boardWhere(grants, filters))
    .orderBy(ordering(filters, 'rows'));
  const yearEnd = sql`make_date(page.year, 12, 31)`;
  return sql`with page as materialized (${page} limit ${sql.raw(String(size))} offset ${sql.placeholder('offset')}),
    unit_label as (
      select distinct on (page.unit_id, page.year) page.unit_id, page.year, ${unitNames.name}
      from page join ${unitNames} on ${unitNames.unitId} = page.unit_id and ${unitNames.validFrom} <= ${yearEnd}
      order by page.unit_id, page.year, ${unitNames.validFrom} desc),
    bloc_label as (
      select distinct on (page.bloc_id, page.year) page.bloc_id, page.year, ${blocNames.name}
      from page join ${blocNames} on ${blocNames.blocId} = page.bloc_id
      order by page.bloc_id, page.year, ${blocNames.validFrom} <= ${yearEnd} desc, ${blocNames.validFrom} desc)
    select page.cycle_id, page.bloc_id, page.year, page.phase, page.unit_id, page.step, page.due, page.done,
      page.overdue, page.steps, page.total, bloc_label.name as bloc_name,
      coalesce(unit_label.name, (select ${unitNames.name} from ${unitNames} where ${unitNames.unitId} = page.unit_id
        order by ${unitNames.validFrom} limit 1)) as unit_name
    from page
    left join unit_label on unit_label.unit_id = page.unit_id and unit_label.year = page.year
    left join bloc_label on bloc_label.bloc_id = page.bloc_id and bloc_label.year = page.year
    order by ${ordering(filters, 'page')}`;
}

/** The count alone, for a page past the end (no row carries the total then). */
export async function boardCount(db: Db, grants: readonly AllowedGrant[], filters: BoardFilters) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(cycleUnitStatus)
    .innerJoin(cycles, eq(cycles.id, cycleUnitStatus.cycleId))
    .innerJoin(blocs, eq(blocs.id, cycles.blocId))
    .innerJoin(units, eq(units.id, cycleUnitStatus.unitId))
    .where(boardWhere(grants, filters));
  return row?.n ?? 0;
}
