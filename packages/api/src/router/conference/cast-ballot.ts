import { castBallot } from '../../services/conference/cast-ballot';
import { scopedProcedure } from '../../trpc';
import { castBallotInput } from './cast-ballot.types';

export const castBallotRoute = scopedProcedure(castBallotInput, (i) => ({
  roundId: i.roundId,
  unitId: i.unitId,
})).mutation(({ ctx, input }) => castBallot(ctx, input));
