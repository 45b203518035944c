import { cutNomination } from '../../services/committee/steps';
import { scopedProcedure } from '../../trpc';
import { cutNominationInput } from './cut-nomination.types';

export const cutNominationRoute = scopedProcedure(cutNominationInput, (i) => ({
  nominationId: i.nominationId,
})).mutation(({ ctx, input }) => cutNomination(ctx, input));
