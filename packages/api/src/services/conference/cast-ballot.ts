import { recordBallot, type Tx } from '@thidua/db';
import type { Ballot } from '@thidua/domain';
import { castSecretBallot, newUpdateId } from '@thidua/workflows/client';
import { fromStepError } from '../../workflow/refusal';
import { withWorkflow, workflowIdOf } from '../../workflow/run-step';
import type { ServiceContext } from '../context';

/**
 * A secret ballot, by the workflows package's protocol: ONE transaction writes the receipt ("unit U
 * voted in round R") and the anonymous ballot (no unit, user or time; the urn is re-sealed), and
 * commits only if the workflow accepts the `recordBallotCast` step, which carries (round, unit) and
 * no choice. The API audits nothing of its own here: the step's audit row is "unit voted", and the
 * choices exist nowhere but in the anonymous row. The answer does not echo the choices either.
 */
export async function castBallot(
  ctx: ServiceContext,
  input: { roundId: string; unitId: string; choices: Ballot },
) {
  const cycleId = ctx.access.target.cycleId as string;
  const workflowId = await workflowIdOf(ctx.db, cycleId);
  const args = {
    actor: ctx.access.actor,
    updateId: newUpdateId(),
    roundId: input.roundId,
    unitId: input.unitId,
  };
  const result = await withWorkflow(ctx.temporal, () =>
    castSecretBallot<Tx>(
      ctx.temporal,
      workflowId,
      args,
      (fn) => ctx.db.transaction(fn),
      (tx) => recordBallot(tx, { roundId: input.roundId, unitId: input.unitId, choices: input.choices }),
    ),
  );
  if (!result.ok) throw fromStepError(result.error);
  return { voted: true as const, roundId: input.roundId };
}
