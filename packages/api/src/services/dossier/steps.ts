import { runStep } from '../../workflow/run-step';
import type { ServiceContext } from '../context';

/** The bloc head sends the Tờ trình and its dossier to the province (the committee clock starts). */
export function submitDossier(ctx: ServiceContext, input: { cycleId: string }) {
  return runStep(ctx, input.cycleId, 'submitProposal', ctx.access.actor, {});
}
