import type { AwardKind } from '@thidua/domain';
import { runStep } from '../../workflow/run-step';
import type { ServiceContext } from '../context';

export function signPact(
  ctx: ServiceContext,
  input: { cycleId: string; unitId: string; signerName?: string | undefined },
) {
  return runStep(ctx, input.cycleId, 'signPact', ctx.access.actor, {
    unitId: input.unitId,
    signerName: input.signerName ?? ctx.access.principal.displayName,
  });
}

export function registerTargets(
  ctx: ServiceContext,
  input: {
    cycleId: string;
    unitId: string;
    targets: { title: string; value?: string | undefined }[];
    aims?: AwardKind[] | undefined;
  },
) {
  return runStep(ctx, input.cycleId, 'registerTargets', ctx.access.actor, {
    unitId: input.unitId,
    targets: input.targets,
    aims: input.aims,
  });
}
