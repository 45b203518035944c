import {
  type Cycle,
  type CycleCalendar,
  cycleSchema,
  DomainError,
  nfc,
  normalizeStrings,
  type Phase,
  type ScoringTemplate,
} from '@thidua/domain';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../client';
import { withDbErrors } from '../errors';
import { preparedStatement } from '../prepared';
import { cycleRow } from '../rows';
import { blocLeaderships, blocMemberships, cycles, cycleUnitStatus, scoringTemplates } from '../schema';
import type { UnitDeadline, UnitStepStatus } from '../schema/types';

export type CycleRow = typeof cycles.$inferSelect;
export type UnitStatusRow = typeof cycleUnitStatus.$inferSelect;

export async function getCycle(db: DbOrTx, cycleId: string): Promise<CycleRow | undefined> {
  const [row] = await db.select().from(cycles).where(eq(cycles.id, cycleId));
  return row;
}

export async function getCycleByBlocYear(
  db: DbOrTx,
  blocId: string,
  year: number,
): Promise<CycleRow | undefined> {
  const [row] = await db
    .select()
    .from(cycles)
    .where(and(eq(cycles.blocId, blocId), eq(cycles.year, year)));
  return row;
}

/** A new cycle, validated (calendar order…); one per bloc and year: a second one is DUPLICATE_ENTRY. */
export async function createCycle(db: DbOrTx, input: Cycle, workflowId?: string): Promise<CycleRow> {
  const parsed = cycleSchema.safeParse(input);
  if (!parsed.success) {
    throw new DomainError('INVALID_INPUT', parsed.error.issues[0]?.message, {
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  const cycle = parsed.data;
  const values = cycleRow(cycle, { phase: 'setup', status: 'open', ...(workflowId ? { workflowId } : {}) });
  const rows = await withDbErrors(() => db.insert(cycles).values(values).returning());
  return rows[0] as CycleRow;
}

/**
 * Makes sure the rows of a workflow's cycle exist: the cycle (adopting a row the API or a seed
 * already created for the bloc and year), this year's membership and leadership, the draft
 * criteria table, and one status row per unit. Idempotent; returns the cycle id to use.
 */
export async function ensureCycleRows(
  tx: Tx,
  input: {
    cycleId: string;
    workflowId: string;
    blocId: string;
    year: number;
    ruleSetId: string;
    calendar: CycleCalendar;
    unitIds: readonly string[];
    leadership?: { headUnitId: string; deputyUnitId: string | null } | undefined;
    scoringTemplate?: ScoringTemplate | undefined;
  },
): Promise<{ cycleId: string; adopted: boolean }> {
  const [existing] = await tx
    .select()
    .from(cycles)
    .where(and(eq(cycles.blocId, input.blocId), eq(cycles.year, input.year)))
    .for('update');
  const cycleId = existing?.id ?? input.cycleId;
  if (!existing) {
    await tx.insert(cycles).values({
      id: cycleId,
      blocId: input.blocId,
      year: input.year,
      workflowId: input.workflowId,
      startedAt: new Date(),
      phase: 'setup',
      status: 'open',
      calendar: input.calendar,
      ruleSetId: input.ruleSetId,
    });
  } else if (existing.workflowId !== input.workflowId || !existing.startedAt) {
    // A year planned in the database is started now (its first workflow run).
    await tx
      .update(cycles)
      .set({ workflowId: input.workflowId, startedAt: existing.startedAt ?? new Date() })
      .where(eq(cycles.id, cycleId));
  }

  // The workflow input is this year's membership and leadership; the rows exist at most once.
  await tx
    .insert(blocMemberships)
    .values(input.unitIds.map((unitId) => ({ blocId: input.blocId, unitId, year: input.year })))
    .onConflictDoNothing();
  if (input.leadership) {
    await tx
      .insert(blocLeaderships)
      .values({ blocId: input.blocId, year: input.year, ...input.leadership })
      .onConflictDoNothing();
  }

  if (input.scoringTemplate) {
    const [template] = await tx
      .select({ id: scoringTemplates.id })
      .from(scoringTemplates)
      .where(eq(scoringTemplates.cycleId, cycleId));
    if (!template) {
      await tx
        .insert(scoringTemplates)
        .values({ id: input.scoringTemplate.id, cycleId, body: normalizeStrings(input.scoringTemplate) })
        .onConflictDoNothing();
    }
  }

  await tx
    .insert(cycleUnitStatus)
    .values(input.unitIds.map((unitId) => ({ cycleId, unitId })))
    .onConflictDoNothing();
  return { cycleId, adopted: existing !== undefined };
}

export interface CycleProjection {
  cycleId: string;
  /** Grows with every workflow change; a projection with a lower or equal seq is ignored. */
  seq: number;
  phase: Phase;
  status?: 'open' | 'closed' | 'cancelled';
  calendar?: CycleCalendar;
  phaseEnteredAt?: Date;
  /** Why the dossier's records could not be issued; null once they were (undefined: unchanged). */
  dossierFailure?: string | null;
  /** Whether the dossier's records are issued and not yet submitted (undefined: unchanged). */
  dossierReady?: boolean;
  /** A closed year's workflow state (its after-close workflow starts from it); undefined: unchanged. */
  closedState?: Record<string, unknown>;
}

// The writes of every accepted step: named statements, parsed and planned once per connection.
const updateCycle = preparedStatement<{ id: string }>(
  'thidua_cycle_projection',
  `update cycles set phase = $2, projection_seq = $3, updated_at = now(),
     status = coalesce($4, status), calendar = coalesce($5::jsonb, calendar),
     phase_entered_at = coalesce($6, phase_entered_at),
     dossier_failure = case when $7::boolean then $8 else dossier_failure end,
     closed_state = coalesce($9::jsonb, closed_state),
     dossier_ready = coalesce($10, dossier_ready)
   where id = $1 and projection_seq < $3
   returning id`,
);

/**
 * Writes the workflow's view of a cycle (created by createCycle), idempotently and monotonically:
 * a retried or late activity (seq not newer than the stored one) changes nothing. Returns whether
 * it applied; an unknown cycle is NOT_FOUND.
 */
export async function upsertCycleProjection(db: DbOrTx, p: CycleProjection): Promise<boolean> {
  const rows = await updateCycle(db, [
    p.cycleId,
    p.phase,
    p.seq,
    p.status ?? null,
    p.calendar ? JSON.stringify(normalizeStrings(p.calendar)) : null,
    p.phaseEnteredAt ?? null,
    p.dossierFailure !== undefined,
    p.dossierFailure ? nfc(p.dossierFailure) : (p.dossierFailure ?? null),
    p.closedState ? JSON.stringify(p.closedState) : null,
    p.dossierReady ?? null,
  ]);
  if (rows.length > 0) return true;
  if (!(await getCycle(db, p.cycleId))) {
    throw new DomainError('NOT_FOUND', 'Không tìm thấy năm thi đua.', { cycleId: p.cycleId });
  }
  return false;
}

export interface UnitStatusProjection {
  cycleId: string;
  unitId: string;
  seq: number;
  steps: Record<string, UnitStepStatus>;
  deadlines: Record<string, UnitDeadline>;
  overdue: boolean;
  latePenalty: number;
}

/** Insert-or-update of a unit's step statuses, with the same monotonic seq rule as the cycle. */
export async function upsertUnitStatus(db: DbOrTx, p: UnitStatusProjection): Promise<boolean> {
  return (await upsertUnitStatuses(db, [p])).length > 0;
}

const upsertStatuses = preparedStatement<{ unit_id: string }>(
  'thidua_unit_status_projection',
  `insert into cycle_unit_status
     (cycle_id, unit_id, steps, deadlines, overdue, late_penalty, projection_seq, updated_at)
   select u.cycle_id, u.unit_id, u.steps, u.deadlines, u.overdue, u.late_penalty, u.seq, now()
   from unnest($1::text[], $2::text[], $3::jsonb[], $4::jsonb[], $5::boolean[], $6::numeric[], $7::bigint[])
     as u(cycle_id, unit_id, steps, deadlines, overdue, late_penalty, seq)
   on conflict (cycle_id, unit_id) do update set steps = excluded.steps, deadlines = excluded.deadlines,
     overdue = excluded.overdue, late_penalty = excluded.late_penalty,
     projection_seq = excluded.projection_seq, updated_at = excluded.updated_at
   where cycle_unit_status.projection_seq < excluded.projection_seq
   returning unit_id`,
);

/** Several units in one statement (a phase change projects them all); returns the units written. */
export async function upsertUnitStatuses(db: DbOrTx, list: UnitStatusProjection[]): Promise<string[]> {
  if (list.length === 0) return [];
  const rows = await upsertStatuses(db, [
    list.map((p) => p.cycleId),
    list.map((p) => p.unitId),
    list.map((p) => JSON.stringify(normalizeStrings(p.steps))),
    list.map((p) => JSON.stringify(normalizeStrings(p.deadlines))),
    list.map((p) => p.overdue),
    list.map((p) => p.latePenalty),
    list.map((p) => p.seq),
  ]);
  return rows.map((r) => r.unit_id);
}

export async function listUnitStatuses(db: DbOrTx, cycleId: string): Promise<UnitStatusRow[]> {
  return db.select().from(cycleUnitStatus).where(eq(cycleUnitStatus.cycleId, cycleId));
}

export interface CycleAccessRow {
  id: string;
  year: number;
  phase: Phase;
  started: boolean;
  bloc_id: string;
  province_id: string;
  member_unit_ids: string[];
}

/**
 * What the access checks need of each year (phase, bloc, province, the year's member units), for
 * several years in one named statement: the busiest screens ask it on every request.
 */
export const cycleAccessRows = preparedStatement<CycleAccessRow>(
  'thidua_cycle_access_facts',
  `select c.id, c.year, c.phase, c.started_at is not null as started, c.bloc_id, b.province_id,
     array(select m.unit_id from bloc_memberships m where m.bloc_id = c.bloc_id and m.year = c.year
       order by m.unit_id) as member_unit_ids
   from cycles c join blocs b on b.id = c.bloc_id
   where c.id = any($1::text[])`,
);

const boardVersionRow = preparedStatement<{ version: string }>(
  'thidua_board_version',
  `select coalesce(string_agg(province_id || ':' || version, ',' order by province_id), '') as version
   from board_versions where $1::text[] is null or province_id = any($1::text[]) or province_id = '*'`,
);

/**
 * Where the board of these provinces stands (of every province when null): a text that changes in
 * the transaction of any write the board shows (migration 0019_board_versions), names included.
 */
export async function boardVersion(db: DbOrTx, provinces: readonly string[] | null): Promise<string> {
  const [row] = await boardVersionRow(db, [provinces]);
  return row?.version ?? '';
}
