import { signPact } from '../../services/registration/steps';
import { scopedProcedure } from '../../trpc';
import { signPactInput } from './sign-pact.types';

export const signPactRoute = scopedProcedure(signPactInput, (i) => ({
  cycleId: i.cycleId,
  unitId: i.unitId,
})).mutation(({ ctx, input }) => signPact(ctx, input));
