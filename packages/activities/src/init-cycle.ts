import { schema } from '@thidua/db';
import { normalizeStrings } from '@thidua/domain';
import { and, eq } from 'drizzle-orm';
import { projectCalendar } from './calendar';
import type { InitCycleInput } from './contract';
import type { ResolvedDeps } from './deps';
import { withActivityErrors } from './errors';

/**
 * Makes sure the cycle's rows exist before any step is projected: the cycle (adopting a row the
 * API or a seed already created for the bloc and year), this year's membership and leadership, the
 * draft criteria table, and one status row per unit. Idempotent; returns the cycle id to use.
 */
export async function initCycle(deps: ResolvedDeps, input: InitCycleInput): Promise<{ cycleId: string }> {
  return withActivityErrors(() =>
    deps.db.transaction(async (tx) => {
      const [existing] = await tx
        .select()
        .from(schema.cycles)
        .where(and(eq(schema.cycles.blocId, input.blocId), eq(schema.cycles.year, input.year)))
        .for('update');
      let cycleId: string;
      if (existing) {
        cycleId = existing.id;
        if (existing.workflowId !== input.workflowId || !existing.startedAt) {
          await tx
            .update(schema.cycles)
            .set({ workflowId: input.workflowId, startedAt: existing.startedAt ?? new Date() })
            .where(eq(schema.cycles.id, cycleId));
        }
      } else {
        cycleId = input.cycleId;
        await tx.insert(schema.cycles).values({
          id: cycleId,
          blocId: input.blocId,
          year: input.year,
          workflowId: input.workflowId,
          startedAt: new Date(),
          phase: 'setup',
          status: 'open',
          calendar: projectCalendar(input.calendar),
          ruleSetId: input.ruleSetId,
        });
      }

      // The workflow input is this year's membership and leadership; the rows exist at most once.
      await tx
        .insert(schema.blocMemberships)
        .values(input.unitIds.map((unitId) => ({ blocId: input.blocId, unitId, year: input.year })))
        .onConflictDoNothing();
      if (input.leadership) {
        await tx
          .insert(schema.blocLeaderships)
          .values({ blocId: input.blocId, year: input.year, ...input.leadership })
          .onConflictDoNothing();
      }

      if (input.scoringTemplate) {
        const [template] = await tx
          .select({ id: schema.scoringTemplates.id })
          .from(schema.scoringTemplates)
          .where(eq(schema.scoringTemplates.cycleId, cycleId));
        if (!template) {
          await tx
            .insert(schema.scoringTemplates)
            .values({ id: input.scoringTemplate.id, cycleId, body: normalizeStrings(input.scoringTemplate) })
            .onConflictDoNothing();
        }
      }

      await tx
        .insert(schema.cycleUnitStatus)
        .values(input.unitIds.map((unitId) => ({ cycleId, unitId })))
        .onConflictDoNothing();
      deps.logger.info(
        { cycleId, workflowId: input.workflowId, adopted: Boolean(existing) },
        'cycle initialised',
      );
      return { cycleId };
    }),
  );
}
