import type { AwardKind } from '@thidua/domain';
import { runStep } from '../../workflow/run-step';
import type { ServiceContext } from '../context';
import { requirePactSigner } from '../step-record-facts';

export function signPact(
  ctx: ServiceContext,
  input: { cycleId: string; unitId: string; signerName?: string | undefined },
) {
  return runStep(ctx, input.cycleId, 'signPact', ctx.access.actor, {
    unitId: input.unitId,
    signerName: input.signerName ?? ctx.access.principal.displayName,
  });
}

/** The last registration issues the pact, which every unit head signs: this unit's head must exist. */
export async function registerTargets(
  ctx: ServiceContext,
  input: {
    cycleId: string;
    unitId: string;
    targets: { title: string; value?: string | undefined }[];
    aims?: AwardKind[] | undefined;
  },
) {
  await requirePactSigner(ctx, input.cycleId, input.unitId);
  return runStep(ctx, input.cycleId, 'registerTargets', ctx.access.actor, {
    unitId: input.unitId,
    targets: input.targets,
    aims: input.aims,
  });
}
