import { boardVersion, type Db } from '@thidua/db';
import type { StepName } from '@thidua/domain';
import { LRUCache } from 'lru-cache';
import type { AllowedGrant } from '../../authz/access';
import { allowedActions } from '../../authz/allowed-actions';
import type { ServiceContext } from '../context';
import { cycleFacts } from '../cycles/facts';
import { type BoardFilters, type BoardRow, boardCount, boardKey, boardStatement, fetchSize } from './board';
import { StatementCache } from './statements';

export interface TrackerInput extends BoardFilters {
  page: { limit: number; offset: number };
}

/** A unit step as the board shows it: its state and late mark (no timestamps). */
interface TrackerStep {
  state: string;
  late?: true;
}

/** One line of the board: what the tracker page and its spreadsheet export show. */
interface TrackerRow {
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

/** A page of the board and the number of rows under the filters. */
interface TrackerAnswer {
  total: number;
  limit: number;
  offset: number;
  rows: TrackerRow[];
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
async function readBoard(ctx: ServiceContext, input: TrackerInput): Promise<TrackerAnswer> {
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

/**
 * Answers kept per caller and question with the board version they were read under. A secretariat
 * reloads the same page far more often than a step lands: between two writes, the answer is a
 * lookup of one small row instead of the page's queries. The answer is kept while it is being read,
 * so requests that arrive meanwhile wait for the same reading. Sized in rows: 5,000 (a hundred pages
 * of 50) take a few MiB.
 */
interface KeptAnswer {
  version: string;
  answer: Promise<TrackerAnswer>;
  rows: number;
}
const answersByDatabase = new WeakMap<Db, LRUCache<string, KeptAnswer>>();

function answersOf(db: Db) {
  let answers = answersByDatabase.get(db);
  if (!answers) {
    answers = new LRUCache({ maxSize: 5_000, sizeCalculation: (kept) => kept.rows + 1 });
    answersByDatabase.set(db, answers);
  }
  return answers;
}

/** The provinces whose counters cover what the grants see; null when one reaches the whole country. */
function boardProvinces(grants: readonly AllowedGrant[]): string[] | null {
  const provinces = new Set<string>();
  for (const grant of grants) {
    if (!grant.provinceId) return null;
    provinces.add(grant.provinceId);
  }
  return [...provinces].sort();
}

export async function trackerList(ctx: ServiceContext, input: TrackerInput): Promise<TrackerAnswer> {
  const { principal, grants } = ctx.access;
  // The version is read before the board: an answer is never older than the version it is kept under.
  const version = await boardVersion(ctx.db, boardProvinces(grants));
  // The steps offered on each row depend on the whole principal (every grant, a pending password change).
  const key = JSON.stringify([principal.userId, principal.mustChangePassword, principal.grants, input]);
  const answers = answersOf(ctx.db);
  const kept = answers.get(key);
  if (kept?.version === version) return kept.answer;
  const answer = readBoard(ctx, input);
  answers.set(key, { version, answer, rows: input.page.limit });
  // A failed reading is not kept: the next request reads again.
  answer.catch(() => {
    if (answers.get(key)?.answer === answer) answers.delete(key);
  });
  return answer;
}
