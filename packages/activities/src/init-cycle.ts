import { ensureCycleRows } from '@thidua/db';
import { projectCalendar } from './calendar';
import type { InitCycleInput } from './contract';
import type { ResolvedDeps } from './deps';
import { withActivityErrors } from './errors';

/**
 * Makes sure the cycle's rows exist before any step is projected (see ensureCycleRows).
 * Idempotent; returns the cycle id to use.
 */
export async function initCycle(deps: ResolvedDeps, input: InitCycleInput): Promise<{ cycleId: string }> {
  return withActivityErrors(() =>
    deps.db.transaction(async (tx) => {
      const { cycleId, adopted } = await ensureCycleRows(tx, {
        cycleId: input.cycleId,
        workflowId: input.workflowId,
        blocId: input.blocId,
        year: input.year,
        ruleSetId: input.ruleSetId,
        calendar: projectCalendar(input.calendar),
        unitIds: input.unitIds,
        leadership: input.leadership,
        scoringTemplate: input.scoringTemplate,
      });
      deps.logger.info({ cycleId, workflowId: input.workflowId, adopted }, 'cycle initialised');
      return { cycleId };
    }),
  );
}
