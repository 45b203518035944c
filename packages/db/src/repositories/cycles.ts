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
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../client';
import { withDbErrors } from '../errors';
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
}

/**
 * Writes the workflow's view of a cycle (created by createCycle), idempotently and monotonically:
 * a retried or late activity (seq not newer than the stored one) changes nothing. Returns whether
 * it applied; an unknown cycle is NOT_FOUND.
 */
export async function upsertCycleProjection(db: DbOrTx, p: CycleProjection): Promise<boolean> {
  const set: Partial<typeof cycles.$inferInsert> = {
    phase: p.phase,
    projectionSeq: p.seq,
    updatedAt: new Date(),
    ...(p.status ? { status: p.status } : {}),
    ...(p.calendar ? { calendar: normalizeStrings(p.calendar) } : {}),
    ...(p.phaseEnteredAt ? { phaseEnteredAt: p.phaseEnteredAt } : {}),
    ...(p.dossierFailure !== undefined ? { dossierFailure: p.dossierFailure && nfc(p.dossierFailure) } : {}),
  };
  const rows = await db
    .update(cycles)
    .set(set)
    .where(and(eq(cycles.id, p.cycleId), sql`${cycles.projectionSeq} < ${p.seq}`))
    .returning({ id: cycles.id });
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

/** Several units in one statement (a phase change projects them all); returns the units written. */
export async function upsertUnitStatuses(db: DbOrTx, list: UnitStatusProjection[]): Promise<string[]> {
  if (list.length === 0) return [];
  const updatedAt = new Date();
  const values = list.map((p) => ({
    cycleId: p.cycleId,
    unitId: p.unitId,
    steps: normalizeStrings(p.steps),
    deadlines: normalizeStrings(p.deadlines),
    overdue: p.overdue,
    latePenalty: p.latePenalty,
    projectionSeq: p.seq,
    updatedAt,
  }));
  const rows = await withDbErrors(() =>
    db
      .insert(cycleUnitStatus)
      .values(values)
      .onConflictDoUpdate({
        target: [cycleUnitStatus.cycleId, cycleUnitStatus.unitId],
        set: {
          steps: sql`excluded.steps`,
          deadlines: sql`excluded.deadlines`,
          overdue: sql`excluded.overdue`,
          latePenalty: sql`excluded.late_penalty`,
          projectionSeq: sql`excluded.projection_seq`,
          updatedAt: sql`excluded.updated_at`,
        },
        setWhere: sql`${cycleUnitStatus.projectionSeq} < excluded.projection_seq`,
      })
      .returning({ unitId: cycleUnitStatus.unitId }),
  );
  return rows.map((r) => r.unitId);
}

export async function listUnitStatuses(db: DbOrTx, cycleId: string): Promise<UnitStatusRow[]> {
  return db.select().from(cycleUnitStatus).where(eq(cycleUnitStatus.cycleId, cycleId));
}
