import type { AwardKind } from '@thidua/domain';
import { runStep } from '../../workflow/run-step';
import type { ServiceContext } from '../context';
import { requireRecordFacts } from '../record-facts';

/** The bloc head sends the Tờ trình and its dossier to the province (the committee clock starts). */
export function submitDossier(ctx: ServiceContext, input: { cycleId: string }) {
  return runStep(ctx, input.cycleId, 'submitProposal', ctx.access.actor, {});
}

/**
 * The dossier's records are made again after they could not be: refused, naming what is still
 * missing, until the fact the failure named has been entered.
 */
export async function regenerateDossier(ctx: ServiceContext, input: { cycleId: string }) {
  await requireRecordFacts(ctx, input.cycleId);
  return runStep(ctx, input.cycleId, 'regenerateDossier', ctx.access.actor, {});
}

/**
 * A case found after the decision: the secretariat or the bloc head proposes that an award it rests
 * on be revoked; the Tờ trình đề nghị hủy/thu hồi is issued with the step.
 */
export function proposeRevocation(
  ctx: ServiceContext,
  input: { cycleId: string; unitId: string; award: AwardKind; caseId: string; reason: string },
) {
  const { cycleId, ...args } = input;
  return runStep(ctx, cycleId, 'proposeRevocation', ctx.access.actor, args);
}
