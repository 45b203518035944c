import { cycleTarget } from '../../schemas/refs';
import { returnDossier } from '../../services/committee/steps';
import { scopedProcedure } from '../../trpc';
import { returnProposalInput } from './return-proposal.types';

export const returnProposalRoute = scopedProcedure(returnProposalInput, cycleTarget).mutation(
  ({ ctx, input }) => returnDossier(ctx, input),
);
