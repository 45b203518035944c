import type { DeadlineKind } from '@thidua/workflows';
import { runStep } from '../../workflow/run-step';
import type { ServiceContext } from '../context';

/** Moves a phase deadline for every unit: the workflow re-plans its timers (updatable timer). */
export function moveDeadline(
  ctx: ServiceContext,
  input: { cycleId: string; deadline: DeadlineKind; at: string; reason: string },
) {
  const { cycleId, ...args } = input;
  return runStep(ctx, cycleId, 'moveDeadline', ctx.access.actor, args);
}

/** One unit's one-time extension of the self-assessment deadline (the bloc head's call). */
export function grantExtension(
  ctx: ServiceContext,
  input: { cycleId: string; unitId: string; until: string; reason: string },
) {
  const { cycleId, ...args } = input;
  return runStep(ctx, cycleId, 'grantExtension', ctx.access.actor, args);
}
