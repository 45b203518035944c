import {
  ballotBoardView,
  bulletinBoardFile,
  registerKeyShare,
  submitPartialDecryption,
} from '../../services/conference/encrypted-round';
import { scopedProcedure } from '../../trpc';
import { registerKeyShareInput, roundInput, submitPartialDecryptionInput } from './encrypted.types';
import { roundTarget } from './round.types';

const memberTarget = (i: { roundId: string; unitId: string }) => ({ roundId: i.roundId, unitId: i.unitId });

export const registerKeyShareRoute = scopedProcedure(registerKeyShareInput, memberTarget).mutation(
  ({ ctx, input }) => registerKeyShare(ctx, input),
);

export const submitPartialDecryptionRoute = scopedProcedure(
  submitPartialDecryptionInput,
  memberTarget,
).mutation(({ ctx, input }) => submitPartialDecryption(ctx, input));

export const ballotBoardRoute = scopedProcedure(roundInput, roundTarget).query(({ ctx, input }) =>
  ballotBoardView(ctx, input.roundId),
);

export const bulletinBoardRoute = scopedProcedure(roundInput, roundTarget).query(({ ctx, input }) =>
  bulletinBoardFile(ctx, input.roundId),
);
