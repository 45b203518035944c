import type { Db } from '@thidua/db';
import { blocNames, cycles, cycleUnitStatus, unitNames } from '@thidua/db/schema';
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

// The current step, its due date and done flag are columns the database keeps at projection time
// (migration 0010_tracker_columns): the page is read in the order of an index, not sorted from JSON.
const statusFilter: Record<BoardFilters['status'], SQL | undefined> = {
  all: undefined,
  overdue: eq(cycleUnitStatus.overdue, true),
  pending: eq(cycleUnitStatus.done, false),
  done: eq(cycleUnitStatus.done, true),
};

/** Sort keys, as table columns inside the page and as the page's own columns outside it. */
const sortKeys = {
  due: [cycleUnitStatus.due, 'due'],
  bloc: [cycleUnitStatus.blocId, 'bloc_id'],
  unit: [cycleUnitStatus.unitCode, 'unit_code'],
  year: [cycleUnitStatus.year, 'year'],
} as const;

// `nulls last` on both keys: the order of cycle_unit_status_(province_)board_idx, so the default page
// is the index's first rows.
const ordering = (filters: BoardFilters, at: 'rows' | 'page') => {
  const dir = sql.raw(`${filters.direction} nulls last`);
  const key = sortKeys[filters.sort];
  return at === 'rows'
    ? sql`${cycleUnitStatus.overdue} desc nulls last, ${key[0]} ${dir}, ${cycleUnitStatus.unitCode} asc, ${cycleUnitStatus.cycleId} asc`
    : sql`page.overdue desc nulls last, page.${sql.identifier(key[1])} ${dir}, page.unit_code asc, page.cycle_id asc`;
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

/** The status rows the caller sees under the filters: on the status table's own columns alone. */
function boardWhere(grants: readonly AllowedGrant[], filters: BoardFilters) {
  return and(
    visibleTo(grants, {
      blocId: cycleUnitStatus.blocId,
      provinceId: cycleUnitStatus.provinceId,
      year: cycleUnitStatus.year,
      unitId: cycleUnitStatus.unitId,
    }),
    filters.provinceId ? eq(cycleUnitStatus.provinceId, filters.provinceId) : undefined,
    filters.blocId ? eq(cycleUnitStatus.blocId, filters.blocId) : undefined,
    filters.year !== undefined ? eq(cycleUnitStatus.year, filters.year) : undefined,
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
 * The board's page in one statement, `offset` left as a placeholder: the visible status rows in the
 * order of the board index (a top-N, no sort of the province's rows), counted apart by the same
 * filter; only the page's rows then get their cycle's phase (by its key, 50 lookups rather than a
 * hash of every cycle) and their names as they stood at the end
 * of the cycle year (see org/names.ts: a unit created later shows its first name, a bloc its latest).
 */
export function boardStatement(
  db: Db,
  grants: readonly AllowedGrant[],
  filters: BoardFilters,
  size: number,
): SQL {
  const where = boardWhere(grants, filters);
  const page = db
    .select({
      cycleId: sql`${cycleUnitStatus.cycleId}`.as('cycle_id'),
      blocId: sql`${cycleUnitStatus.blocId}`.as('bloc_id'),
      year: sql`${cycleUnitStatus.year}`.as('year'),
      unitId: sql`${cycleUnitStatus.unitId}`.as('unit_id'),
      unitCode: sql`${cycleUnitStatus.unitCode}`.as('unit_code'),
      step: sql`${cycleUnitStatus.currentStep}`.as('step'),
      due: sql`${cycleUnitStatus.due}`.as('due'),
      done: sql`${cycleUnitStatus.done}`.as('done'),
      overdue: sql`${cycleUnitStatus.overdue}`.as('overdue'),
      steps: sql`${cycleUnitStatus.steps}`.as('steps'),
    })
    .from(cycleUnitStatus)
    .where(where)
    .orderBy(ordering(filters, 'rows'));
  const yearEnd = sql`make_date(page.year, 12, 31)`;
  return sql`with page as materialized (${page} limit ${sql.raw(String(size))} offset ${sql.placeholder('offset')})
    select page.cycle_id, page.bloc_id, page.year,
      (select ${cycles.phase} from ${cycles} where ${cycles.id} = page.cycle_id) as phase, page.unit_id, page.step,
      page.due::text as due, page.done, page.overdue, page.steps,
      (select count(*)::int from ${cycleUnitStatus} where ${where}) as total,
      bloc_label.name as bloc_name,
      coalesce(unit_label.name, (select ${unitNames.name} from ${unitNames} where ${unitNames.unitId} = page.unit_id
        order by ${unitNames.validFrom} limit 1)) as unit_name
    from page
    left join lateral (select ${unitNames.name} from ${unitNames}
      where ${unitNames.unitId} = page.unit_id and ${unitNames.validFrom} <= ${yearEnd}
      order by ${unitNames.validFrom} desc limit 1) unit_label on true
    left join lateral (select ${blocNames.name} from ${blocNames} where ${blocNames.blocId} = page.bloc_id
      order by ${blocNames.validFrom} <= ${yearEnd} desc, ${blocNames.validFrom} desc limit 1) bloc_label on true
    order by ${ordering(filters, 'page')}`;
}

/** The count alone, for a page past the end (no row carries the total then). */
export async function boardCount(db: Db, grants: readonly AllowedGrant[], filters: BoardFilters) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(cycleUnitStatus)
    .where(boardWhere(grants, filters));
  return row?.n ?? 0;
}
