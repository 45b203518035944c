import { getCycle, getRuleSet, getScoringTemplate } from '@thidua/db';
import { DomainError } from '@thidua/domain';
import type { CycleCalendar } from '@thidua/workflows';
import { runStep } from '../../workflow/run-step';
import type { ServiceContext } from '../context';

/** Adopts the plan with the rule set and the criteria table as edited in PostgreSQL. */
export async function adoptPlan(ctx: ServiceContext, input: { cycleId: string; planTitle: string }) {
  const cycle = await getCycle(ctx.db, input.cycleId);
  if (!cycle) throw new DomainError('NOT_FOUND', 'Không tìm thấy năm thi đua.');
  const rules = await getRuleSet(ctx.db, cycle.ruleSetId);
  const template = await getScoringTemplate(ctx.db, input.cycleId);
  if (!rules || !template) {
    throw new DomainError(
      'CYCLE_SETUP_INCOMPLETE',
      'Chưa có bộ quy định hoặc bảng tiêu chí chấm điểm của năm thi đua.',
    );
  }
  return runStep(ctx, input.cycleId, 'adoptPlan', ctx.access.actor, {
    planTitle: input.planTitle,
    ruleSet: rules.ruleSet,
    scoringTemplate: template.template,
  });
}

export function advancePhase(
  ctx: ServiceContext,
  input: { cycleId: string; from: 'registration' | 'selfAssessment'; reason: string },
) {
  return runStep(ctx, input.cycleId, 'advancePhase', ctx.access.actor, {
    from: input.from,
    reason: input.reason,
  });
}

export function closeCycle(
  ctx: ServiceContext,
  input: { cycleId: string; nextCalendar?: CycleCalendar | undefined },
) {
  return runStep(ctx, input.cycleId, 'closeCycle', ctx.access.actor, { nextCalendar: input.nextCalendar });
}
