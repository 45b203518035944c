import type { StepName } from '@thidua/domain';
import { allowedActions } from '../../authz/allowed-actions';
import type { ServiceContext } from '../context';
import { cycleFacts } from '../cycles/facts';
import { type BoardFilters, type BoardRow, boardCount, boardKey, boardStatement, fetchSize } from './board';
import { StatementCache } from './statements';

export interface TrackerInput extends BoardFilters {
  page: { limit: number; offset: number };
}

/** A unit step as the board shows it: its state and late mark (no timestamps). */
export interface TrackerStep {
  state: string;
  late?: true;
}

/** One line of the board: what the tracker page and its spreadsheet export show. */
export interface TrackerRow {
  cycleId: string;
  year: number;
  phase: string;
  blocName: string;
  unitId: string;
  unitName: string;
  /** The step the cycle's phase waits for (a key of `steps`), null once the phase needs none. */
  step: string | null;
  /** Its deadline (an extension wins), ISO date. */
  due: string | null;
  done: boolean;
  overdue: boolean;
  steps: Record<string, TrackerStep>;
  /** The steps the caller may perform on this row's year now (extend, move a deadline…). */
  allowedActions: StepName[];
}

const statements = new StatementCache('tracker_board');

/** Only what the board draws of a step: a change timestamp per step would be sent for nothing. */
function boardSteps(steps: BoardRow['steps']): Record<string, TrackerStep> {
  const out: Record<string, TrackerStep> = {};
  for (const key in steps) {
    const s = steps[key];
    if (s) out[key] = s.late ? { state: s.state, late: true } : { state: s.state };
  }
  return out;
}

/**
 * The secretariat's board: every unit of every visible cycle with its current step, deadline and
 * overdue mark, filtered and paginated in SQL; overdue rows always come first.
 */
export async function trackerList(ctx: ServiceContext, input: TrackerInput) {
  const { page, ...filters } = input;
  const grants = ctx.access.grants;
  const size = fetchSize(page.limit);
  const fetched = await statements.run<BoardRow>(
    ctx.db,
    `${size}:${boardKey(grants, filters)}`,
    () => boardStatement(ctx.db, grants, filters, size),
    { offset: page.offset },
  );
  const rows = fetched.slice(0, page.limit);
  // A page past the end holds no row to carry the total: count apart (rare, a stale offset).
  const total = fetched[0]?.total ?? (page.offset === 0 ? 0 : await boardCount(ctx.db, grants, filters));
  const facts = await cycleFacts(
    ctx.db,
    rows.map((r) => r.cycle_id),
  );
  const actions = new Map(
    [...facts].map(([id, cycle]) => [id, allowedActions(ctx.access.principal, cycle)] as const),
  );
  return {
    total,
    limit: page.limit,
    offset: page.offset,
    rows: rows.map(
      (r): TrackerRow => ({
        cycleId: r.cycle_id,
        year: r.year,
        phase: r.phase,
        blocName: r.bloc_name ?? r.bloc_id,
        unitId: r.unit_id,
        unitName: r.unit_name ?? r.unit_id,
        step: r.step,
        due: r.due,
        done: r.done,
        overdue: r.overdue,
        steps: boardSteps(r.steps),
        // A copy per row: an array shared by several rows sends the answer through superjson's walk.
        allowedActions: [...(actions.get(r.cycle_id) ?? [])],
      }),
    ),
  };
}
