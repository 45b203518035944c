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
