import { DomainError, type StepName, stepRefusal } from '@thidua/domain';
import type { ServiceContext } from './context';
import { cycleFacts } from './cycles/facts';

/**
 * The registry's checks for a step the API performs itself (a draft, an upload, a ballot, the start):
 * the acting grant's role and scope, whether the year runs, and its phase — the same function the
 * workflow's validators and `allowedActions` use.
 */
export async function checkApiStep(
  ctx: Pick<ServiceContext, 'db' | 'access' | 'probeSteps'>,
  cycleId: string,
  step: StepName,
  target: { unitId?: string | undefined } = {},
): Promise<void> {
  const cycle = (await cycleFacts(ctx.db, [cycleId])).get(cycleId);
  if (!cycle) throw new DomainError('NOT_FOUND', 'Không tìm thấy năm thi đua.');
  const refusal = stepRefusal(step, ctx.access.actor, cycle, target);
  if (refusal) throw new DomainError(refusal.code, undefined, refusal.details);
  if (ctx.probeSteps) throw new DomainError('PROBE_ACCEPTED');
}
