import { registerTargets } from '../../services/registration/steps';
import { scopedProcedure } from '../../trpc';
import { registerTargetsInput } from './register-targets.types';

export const registerTargetsRoute = scopedProcedure(registerTargetsInput, (i) => ({
  cycleId: i.cycleId,
  unitId: i.unitId,
})).mutation(({ ctx, input }) => registerTargets(ctx, input));
