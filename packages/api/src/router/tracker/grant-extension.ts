import { unitCycleTarget } from '../../schemas/refs';
import { grantExtension } from '../../services/tracker/steps';
import { scopedProcedure } from '../../trpc';
import { grantExtensionInput } from './grant-extension.types';

export const grantExtensionRoute = scopedProcedure(grantExtensionInput, unitCycleTarget).mutation(
  ({ ctx, input }) => grantExtension(ctx, input),
);
