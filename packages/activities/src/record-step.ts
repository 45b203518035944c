import { appendAudit, notifyAll, runOnce, upsertCycleProjection, upsertUnitStatuses } from '@thidua/db';
import { normalizeStrings } from '@thidua/domain';
import { projectCalendar } from './calendar';
import type { StepOutcome, StepRecord } from './contract';
import type { ResolvedDeps } from './deps';
import { applyEffect } from './effects';
import { withActivityErrors } from './errors';
import { knownUser } from './users';

/**
 * One accepted step in one transaction, at most once per (cycle, step, key): the cycle and unit
 * projections (monotonic by seq), the step's table writes, the audit row and the notifications.
 */
export async function recordStep(deps: ResolvedDeps, rec: StepRecord): Promise<StepOutcome> {
  return withActivityErrors(async () => {
    const { replayed } = await runOnce(
      deps.db,
      { cycleId: rec.cycleId, step: rec.step, updateId: rec.key },
      async (tx) => {
        if (rec.cycle) {
          await upsertCycleProjection(tx, {
            cycleId: rec.cycleId,
            seq: rec.seq,
            phase: rec.cycle.phase,
            status: rec.cycle.status,
            calendar: projectCalendar(rec.cycle.calendar),
            phaseEnteredAt: new Date(rec.cycle.phaseEnteredAt),
            ...(rec.cycle.dossierFailure !== undefined ? { dossierFailure: rec.cycle.dossierFailure } : {}),
            ...(rec.cycle.dossierReady !== undefined ? { dossierReady: rec.cycle.dossierReady } : {}),
            ...(rec.cycle.closedState ? { closedState: rec.cycle.closedState } : {}),
          });
        }
        await upsertUnitStatuses(
          tx,
          (rec.units ?? []).map((u) => ({
            cycleId: rec.cycleId,
            unitId: u.unitId,
            seq: rec.seq,
            steps: u.steps,
            deadlines: u.deadlines,
            overdue: u.overdue,
            latePenalty: u.latePenalty,
          })),
        );
        for (const effect of rec.effects ?? []) await applyEffect(tx, rec, effect);
        if (rec.audit) {
          const actorUserId = await knownUser(tx, rec.actor?.userId);
          await appendAudit(tx, {
            actorUserId,
            actorRole: rec.actor?.role ?? null,
            action: rec.audit.action,
            entity: rec.audit.entity,
            entityId: rec.audit.entityId ?? null,
            before: rec.audit.before,
            after: {
              ...(typeof rec.audit.after === 'object' && rec.audit.after !== null
                ? rec.audit.after
                : { value: rec.audit.after }),
              cycleId: rec.cycleId,
              step: rec.step,
              ...(rec.actor && !actorUserId ? { assertedUserId: rec.actor.userId } : {}),
            },
            idempotencyKey: `${rec.cycleId}:${rec.step}:${rec.key}`,
            at: new Date(rec.at),
          });
        }
        await notifyAll(
          tx,
          (rec.notifications ?? []).map((n) => ({
            recipient:
              'userId' in n.to
                ? { userId: n.to.userId }
                : { role: n.to.role, scopeKind: n.to.scopeKind, scopeId: n.to.scopeId ?? null },
            kind: n.kind,
            payload: normalizeStrings(n.payload),
            cycleId: rec.cycleId,
            dedupeKey: n.dedupeKey,
          })),
        );
      },
    );
    if (replayed)
      deps.logger.info({ cycleId: rec.cycleId, step: rec.step, key: rec.key }, 'step already recorded');
    return { applied: !replayed };
  });
}
